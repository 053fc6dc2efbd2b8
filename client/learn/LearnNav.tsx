import { Link } from '../router';

const LINKS = [
  { href: '/learn', label: 'How to play' },
  { href: '/learn/roles', label: 'Role cards' },
  { href: '/learn/glossary', label: 'Glossary' },
  { href: '/rules', label: 'Full rules' },
  { href: '/teach', label: "Teacher's kit" },
] as const;

/** The learning pages link to each other, and to the full rules one click away. */
export function LearnNav({ current }: { current: string }) {
  return (
    <nav aria-label="Learn Peninsula" className="learn-nav no-print">
      <ul>
        {LINKS.map((l) => (
          <li key={l.href}>
            <Link href={l.href} aria-current={current === l.href ? 'page' : undefined}>
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
