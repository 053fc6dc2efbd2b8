import { Fragment, type ReactNode } from 'react';

/**
 * Just enough Markdown for docs/RULES.md (generated, so its shapes are known): headings,
 * paragraphs, lists with one level of nesting, tables, **bold**, *italic* and `code`.
 * It builds React elements, never HTML strings.
 */
export function inline(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  const pattern = /(\*\*[^*]+\*\*|`[^`]+`|\*[^*]+\*)/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const token = match[0];
    const at = match.index ?? 0;
    if (at > last) out.push(text.slice(last, at));
    if (token.startsWith('**')) out.push(<strong key={at}>{token.slice(2, -2)}</strong>);
    else if (token.startsWith('`')) out.push(<code key={at}>{token.slice(1, -1)}</code>);
    else out.push(<em key={at}>{token.slice(1, -1)}</em>);
    last = at + token.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());
}

export interface Heading {
  level: number;
  text: string;
  id: string;
}

export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function headingsOf(source: string): Heading[] {
  return source.split('\n').flatMap((line) => {
    const m = /^(#{1,6})\s+(.*)$/.exec(line);
    return m ? [{ level: m[1]!.length, text: m[2]!, id: slug(m[2]!) }] : [];
  });
}

export function Markdown({ source }: { source: string }) {
  const lines = source.replace(/<!--[\s\S]*?-->/g, '').split('\n');
  const blocks: ReactNode[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (line.trim() === '') {
      i++;
    } else if (heading) {
      const level = Math.min(6, heading[1]!.length + 0);
      const Tag = `h${level}` as 'h1';
      blocks.push(
        <Tag key={i} id={slug(heading[2]!)}>
          {inline(heading[2]!)}
        </Tag>,
      );
      i++;
    } else if (line.startsWith('|')) {
      const rows: string[] = [];
      while (i < lines.length && (lines[i] ?? '').startsWith('|')) rows.push(lines[i++] ?? '');
      const [head, , ...body] = rows;
      blocks.push(
        <div className="table-wrap" key={i} tabIndex={0} role="region" aria-label={`Table: ${cells(head ?? '').join(', ')}`}>
          <table>
            <thead>
              <tr>
                {cells(head ?? '').map((c, k) => (
                  <th key={k} scope="col">
                    {inline(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {body.map((row, r) => (
                <tr key={r}>
                  {cells(row).map((c, k) => (
                    <td key={k}>{inline(c)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>,
      );
    } else if (/^\s*(-|\d+\.)\s/.test(line)) {
      const ordered = /^\d+\./.test(line.trim());
      const items: { text: string; children: string[] }[] = [];
      while (i < lines.length && /^\s*(-|\d+\.)\s/.test(lines[i] ?? '')) {
        const current = lines[i++] ?? '';
        const nested = /^\s{2,}/.test(current);
        const text = current.replace(/^\s*(-|\d+\.)\s+/, '');
        if (nested && items.length > 0) items[items.length - 1]!.children.push(text);
        else items.push({ text, children: [] });
      }
      const List = ordered ? 'ol' : 'ul';
      blocks.push(
        <List key={i}>
          {items.map((item, k) => (
            <li key={k}>
              {inline(item.text)}
              {item.children.length ? (
                <ul>
                  {item.children.map((c, n) => (
                    <li key={n}>{inline(c)}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </List>,
      );
    } else {
      const para: string[] = [];
      while (i < lines.length && (lines[i] ?? '').trim() !== '' && !/^(#|\||\s*-\s|\s*\d+\.\s)/.test(lines[i] ?? '')) para.push(lines[i++] ?? '');
      blocks.push(<p key={i}>{inline(para.join(' '))}</p>);
    }
  }
  return <Fragment>{blocks}</Fragment>;
}
