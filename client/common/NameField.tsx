import { MAX_NAME_LENGTH } from '../../shared/api/limits';

/** "Your name": the display name a player joins a match with. */
export function NameField({ id, value, onChange }: { id: string; value: string; onChange: (name: string) => void }) {
  return (
    <div className="field">
      <label htmlFor={id}>Your name</label>
      <input id={id} value={value} maxLength={MAX_NAME_LENGTH} autoComplete="nickname" onChange={(e) => onChange(e.target.value)} required />
    </div>
  );
}
