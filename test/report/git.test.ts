/**
 * The host side of the report (workspace/report-inputs.ts): git commit and dirty state, and the
 * author of each suppression comment from `git blame`. Skipped when git is not installed.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parseBlame } from '../../server/src/workspace/report-inputs';
import { makeTree, removeTree, runReportCli } from './helpers';
import type { ComplianceReport } from '../../server/src/engine/report/index';

const hasGit = spawnSync('git', ['--version']).status === 0;
const POD = (comment: string) => `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
    - name: c
      image: registry.example.com/c:1.0.0
      securityContext:
        ${comment}
        privileged: true
`;

void describe('git facts in the report', { skip: hasGit ? false : 'git is not installed' }, () => {
  const root = makeTree({ 'a.yaml': POD('# soc2lint-ignore K8S002: GPU node agent; ticket OPS-1'), 'b.yaml': POD('# nothing here') });
  after(() => removeTree(root));
  const git = (...args: string[]) => {
    const r = spawnSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 'Alice Auditor', GIT_AUTHOR_EMAIL: 'alice@example.com', GIT_COMMITTER_NAME: 'Alice Auditor', GIT_COMMITTER_EMAIL: 'alice@example.com', GIT_CONFIG_NOSYSTEM: '1', HOME: root },
    });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout.trim();
  };

  void it('records the commit, a clean tree, and who wrote each committed suppression', () => {
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'init');
    const head = git('rev-parse', 'HEAD');
    const r = runReportCli(['report', '.', '-f', 'json', '--no-timestamp'], { cwd: root });
    const report = JSON.parse(r.stdout) as ComplianceReport;
    assert.deepEqual(report.scope.git, { commit: head, dirty: false });
    assert.deepEqual(
      report.exceptions.map((e) => [e.file, e.author]),
      [['a.yaml', 'Alice Auditor']],
    );
  });

  void it('marks a dirty tree; an uncommitted suppression has no author', () => {
    writeFileSync(join(root, 'b.yaml'), POD('# soc2lint-ignore K8S002: lab only'));
    const report = JSON.parse(runReportCli(['report', '.', '-f', 'json', '--no-timestamp'], { cwd: root }).stdout) as ComplianceReport;
    assert.equal(report.scope.git?.dirty, true);
    assert.deepEqual(
      report.exceptions.map((e) => [e.file, e.author ?? null]),
      [
        ['a.yaml', 'Alice Auditor'],
        ['b.yaml', null],
      ],
    );
  });

  void it('--no-git leaves git facts out', () => {
    const report = JSON.parse(runReportCli(['report', '.', '-f', 'json', '--no-git'], { cwd: root }).stdout) as ComplianceReport;
    assert.equal(report.scope.git, undefined);
    assert.ok(report.exceptions.every((e) => e.author === undefined));
  });
});

void describe('parseBlame', () => {
  void it('maps final line numbers to authors, reusing a commit seen before, skipping uncommitted lines', () => {
    const c1 = '1'.repeat(40);
    const zero = '0'.repeat(40);
    const porcelain = [`${c1} 3 3 1`, 'author Bob', 'author-mail <b@x>', '\t# a', `${zero} 7 7 1`, 'author Not Committed Yet', '\t# b', `${c1} 9 9 1`, '\t# c', ''].join('\n');
    assert.deepEqual([...parseBlame(porcelain)], [
      [3, 'Bob'],
      [9, 'Bob'],
    ]);
  });
});
