/** An error a person can act on: its status and message go back as JSON `{ error }`. */
export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}
