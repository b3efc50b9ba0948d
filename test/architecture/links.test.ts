// Everything a developer needs is in the repository: no document links outside it, every relative link lands on a
// file that exists, and no file cites the outside design by section (the method is docs/method.md).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const tracked = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((f) => f && !f.startsWith('node_modules/') && existsSync(path.join(root, f)));

/** Markdown links `[text](target)` whose target is a path, not a URL or an in-page anchor. */
function relativeLinks(markdown: string): string[] {
  const targets = [...markdown.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1] ?? '');
  return targets.filter((t) => !/^[a-z][a-z0-9+.-]*:/i.test(t) && !t.startsWith('#'));
}

describe('the repository is self-contained', () => {
  const docs = tracked.filter((f) => f.endsWith('.md'));

  it('finds the documents to check', () => {
    expect(docs).toEqual(expect.arrayContaining(['README.md', 'docs/method.md', 'docs/contracts.md']));
  });

  it.each(docs)('%s links only to files inside the repository that exist', (file) => {
    const dir = path.dirname(path.join(root, file));
    const broken = relativeLinks(readFileSync(path.join(root, file), 'utf8'))
      .map((link) => ({ link, resolved: path.resolve(dir, decodeURIComponent(link.split('#')[0] ?? '')) }))
      .filter(({ resolved }) => !resolved.startsWith(root + path.sep) || !existsSync(resolved))
      .map(({ link }) => link);
    expect(broken).toEqual([]);
  });

  it('no file cites the outside design document or the shared folder', () => {
    const pattern = /DESIGN §|DESIGN\.md|\.\.\/shared\//;
    const self = path.relative(root, __filename);
    const offenders = tracked.filter(
      (f) =>
        f !== self &&
        /\.(md|ts|mts|js|mjs|cjs|sh|json|html|css|xml)$/.test(f) &&
        pattern.test(readFileSync(path.join(root, f), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
