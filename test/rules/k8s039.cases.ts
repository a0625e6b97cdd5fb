/** K8S039 no-git-sync-command-injection test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const DEPLOY = ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: dags', 'spec:', '  template:', '    spec:', '      containers:', '      - name: app', '        image: acme/app:1.0'];
const SIDECAR = ['      - name: git-sync', '        image: registry.k8s.io/git-sync/git-sync:v4.2.4'];

export const cases: RuleTests = {
  valid: [
    { name: 'git-sync with ordinary settings', code: y(...DEPLOY, ...SIDECAR, '        args: [--repo=https://github.com/acme/dags, --period=60s, --root=/git]', '        env:', '        - name: GITSYNC_REF', '          value: main') },
    { name: 'empty values do not set anything', code: y(...DEPLOY, ...SIDECAR, '        env:', '        - name: GITSYNC_GIT_CONFIG', '          value: ""', '        - name: GITSYNC_GIT') },
    { name: 'a --git flag in a container that is not git-sync', code: y(...DEPLOY.slice(0, 9), '        image: acme/builder:2', '        args: [--git=/usr/bin/git]') },
    { name: 'a similarly named variable', code: y(...DEPLOY, ...SIDECAR, '        env:', '        - name: GITSYNC_GIT_CONFIG_EXTRA', '          value: x', '        - name: MY_GITSYNC_GIT', '          value: /bin/git') },
  ],
  invalid: [
    {
      name: 'GITSYNC_GIT_CONFIG (v4) and GIT_SYNC_GIT (v3) env',
      code: y(...DEPLOY, ...SIDECAR, '        env:', '        - name: GITSYNC_GIT_CONFIG', '          value: "core.sshCommand:/tmp/x.sh"', '        - name: GIT_SYNC_GIT', '          value: /tmp/git'),
      errors: [
        { messageId: 'gitConfig', range: [13, 16, 13, 34], message: 'Container "git-sync" of Deployment "dags" sets GITSYNC_GIT_CONFIG: git configuration can name commands' },
        { messageId: 'git', range: [15, 16, 15, 28], message: 'sets GIT_SYNC_GIT: git-sync runs whatever binary it names' },
      ],
    },
    {
      name: 'env from a ConfigMap in any container (Checkov semantics)',
      code: y(...DEPLOY, '        env:', '        - name: GITSYNC_GIT', '          valueFrom: {configMapKeyRef: {name: sync, key: git}}'),
      errors: [{ messageId: 'git', range: [11, 16, 11, 27], message: 'Container "app"' }],
    },
    {
      name: 'flags of a git-sync container: --git-config=..., and --git as two items',
      code: y(...DEPLOY, ...SIDECAR, '        args:', '        - --repo=https://github.com/acme/dags', '        - --git-config=core.fsmonitor:/tmp/hook', '        - --git', '        - /tmp/git'),
      errors: [
        { messageId: 'gitConfig', range: [14, 10, 14, 47], message: 'sets --git-config' },
        { messageId: 'git', range: [15, 10, 15, 15], message: 'sets --git:' },
      ],
    },
    {
      name: 'init container of a CronJob on the old k8s.gcr.io image, command form, kind: List, CRLF',
      code: ['apiVersion: v1', 'kind: List', 'items:', '- apiVersion: batch/v1', '  kind: CronJob', '  metadata:', '    name: c', '  spec:', '    jobTemplate:', '      spec:', '        template:', '          spec:', '            initContainers:', '            - name: clone', '              image: k8s.gcr.io/git-sync:v3.1.6', '              command: [/git-sync, --one-time, "--git-config=url.x.insteadOf:y"]', '            containers:', '            - name: job', ''].join('\r\n'),
      errors: [{ messageId: 'gitConfig', range: [15, 47, 15, 79], message: 'Init container "clone" of CronJob "c"' }],
    },
  ],
};
