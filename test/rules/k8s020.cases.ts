/** K8S020 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const POD = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:'];

export const cases: RuleTests = {
  valid: [
    { name: 'version tag', code: y(...POD, '  containers:', '  - name: a', '    image: nginx:1.27.2') },
    { name: 'digest with latest tag is pinned', code: y(...POD, '  containers:', '  - name: a', '    image: nginx:latest@sha256:0000000000000000000000000000000000000000000000000000000000000000') },
    { name: 'registry with port, tagged', code: y(...POD, '  containers:', '  - name: a', '    image: registry.example.com:5000/team/app:2.1') },
    { name: 'templated tag is unknown', code: y(...POD, '  containers:', '  - name: a', '    image: "app:${TAG}"') },
    { name: 'no image (ephemeral placeholder)', code: y(...POD, '  containers:', '  - name: a') },
  ],
  invalid: [
    {
      name: 'latest and untagged, init container included',
      code: y(...POD, '  initContainers:', '  - name: i', '    image: busybox', '  containers:', '  - name: a', '    image: "nginx:latest"'),
      errors: [
        { messageId: 'latest', range: [7, 11, 7, 18], message: 'Init container "i" of Pod "web" uses image "busybox" without a tag (so latest)' },
        { messageId: 'latest', range: [10, 11, 10, 25], message: 'tagged latest' },
      ],
    },
    {
      name: 'registry port is not a tag; CronJob, CRLF',
      code: 'apiVersion: batch/v1\r\nkind: CronJob\r\nmetadata:\r\n  name: c\r\nspec:\r\n  jobTemplate:\r\n    spec:\r\n      template:\r\n        spec:\r\n          containers:\r\n          - name: a\r\n            image: localhost:5000/app\r\n',
      errors: [{ messageId: 'latest', range: [11, 19, 11, 37], message: 'CronJob "c"' }],
    },
  ],
};
