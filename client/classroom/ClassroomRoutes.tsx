import { Link } from '../router';

/**
 * Placeholder until the classroom pages land (another engineer builds client/classroom/).
 * The app routes /join, /class and /class/* here.
 */
export default function ClassroomRoutes({ path }: { path: string }) {
  return (
    <main className="page narrow" id="main">
      <h1>Classroom mode</h1>
      <p>{path.startsWith('/join') ? 'Joining a class with a code' : 'The teacher console'} is coming soon.</p>
      <p>
        <Link href="/">Back to the home page</Link>
      </p>
    </main>
  );
}
