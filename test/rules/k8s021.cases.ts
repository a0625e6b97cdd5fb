/** K8S021 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const POD = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:'];
const DIGEST = 'sha256:0000000000000000000000000000000000000000000000000000000000000000';

export const cases: RuleTests = {
  valid: [
    { name: 'digest', code: y(...POD, '  containers:', '  - name: a', `    image: nginx@${DIGEST}`) },
    { name: 'tag and digest', code: y(...POD, '  containers:', '  - name: a', `    image: nginx:1.27@${DIGEST}`) },
    { name: 'templated digest is the author\'s pin', code: y(...POD, '  containers:', '  - name: a', '    image: "app@${DIGEST}"') },
  ],
  invalid: [
    {
      name: 'tag only',
      code: y(...POD, '  containers:', '  - name: a', '    image: nginx:1.27'),
      errors: [{ messageId: 'notPinned', range: [7, 11, 7, 21], message: 'Container "a" of Pod "web" uses image "nginx:1.27" without a digest' }],
    },
    {
      name: 'ephemeral container, flow map, CRLF',
      code: 'apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: web\r\nspec:\r\n  containers: [{name: a, image: "app@sha256:0000000000000000000000000000000000000000000000000000000000000000"}]\r\n  ephemeralContainers: [{name: dbg, image: busybox:1.36}]\r\n',
      errors: [{ messageId: 'notPinned', range: [6, 43, 6, 55], message: 'Ephemeral container "dbg"' }],
    },
  ],
};
