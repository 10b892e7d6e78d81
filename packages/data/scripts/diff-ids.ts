// Lists the record ids added, changed and withdrawn since a git revision, as Markdown for DATA-CHANGELOG.md.
// Usage: pnpm --filter @arms-control/data diff-ids <revision>
import { execFileSync } from 'node:child_process';

interface IdChanges {
  added: string[];
  changed: string[];
  withdrawn: string[];
}

function changedRecordFiles(revision: string): { status: string; path: string }[] {
  const output = execFileSync('git', ['diff', '--name-status', '--no-renames', revision, '--', 'records'], {
    encoding: 'utf8',
  });
  return output
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [status = '', path = ''] = line.split('\t');
      return { status, path };
    });
}

function recordId(path: string): string {
  const match = /records\/([a-z]+)\/([^/]+)\.json$/.exec(path);
  if (!match) throw new Error(`not a record file: ${path}`);
  return `${match[1]}/${match[2]}`;
}

function groupChanges(files: { status: string; path: string }[]): IdChanges {
  const changes: IdChanges = { added: [], changed: [], withdrawn: [] };
  for (const file of files) {
    const id = recordId(file.path);
    if (file.status === 'A') changes.added.push(id);
    else if (file.status === 'D') changes.withdrawn.push(id);
    else changes.changed.push(id);
  }
  return changes;
}

function byCollection(ids: string[]): string {
  const groups = new Map<string, string[]>();
  for (const id of ids.sort()) {
    const collection = id.split('/')[0] ?? '';
    groups.set(collection, [...(groups.get(collection) ?? []), id]);
  }
  return [...groups]
    .map(([collection, members]) => `- **${collection}** (${members.length}): ${members.map((id) => `\`${id}\``).join(', ')}`)
    .join('\n');
}

const revision = process.argv[2];
if (!revision) {
  console.error('usage: diff-ids <git revision>');
  process.exit(2);
}
const changes = groupChanges(changedRecordFiles(revision));
for (const [heading, ids] of [
  ['Added', changes.added],
  ['Changed', changes.changed],
  ['Withdrawn', changes.withdrawn],
] as const) {
  console.log(`#### ${heading} (${ids.length})\n\n${ids.length ? byCollection(ids) : '- none'}\n`);
}
