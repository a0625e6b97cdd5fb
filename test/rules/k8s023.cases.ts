/** K8S023 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const POD = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:'];

export const cases: RuleTests = {
  valid: [
    { name: 'Always', code: y(...POD, '  containers:', '  - name: a', '    image: nginx:1.27', '    imagePullPolicy: Always') },
    { name: 'digest-pinned images may use IfNotPresent', code: y(...POD, '  containers:', '  - name: a', '    image: nginx@sha256:0000000000000000000000000000000000000000000000000000000000000000', '    imagePullPolicy: IfNotPresent') },
    { name: 'latest / untagged default to Always (K8S020 reports the tag)', code: y(...POD, '  containers:', '  - name: a', '    image: nginx') },
  ],
  invalid: [
    {
      name: 'explicit IfNotPresent, comment kept',
      code: y(...POD, '  containers:', '  - name: a', '    image: nginx:1.27', '    imagePullPolicy: IfNotPresent # cache'),
      errors: [{ messageId: 'explicit', range: [8, 21, 8, 33], message: 'sets imagePullPolicy: IfNotPresent for the tagged image "nginx:1.27"' }],
      output: y(...POD, '  containers:', '  - name: a', '    image: nginx:1.27', '    imagePullPolicy: Always # cache'),
    },
    {
      name: 'implicit default for a tagged image: reported on the image, key inserted',
      code: y(...POD, '  containers:', '  - name: a', '    image: nginx:1.27', '    ports: [{containerPort: 80}]'),
      errors: [{ messageId: 'implicit', range: [7, 11, 7, 21], message: 'without imagePullPolicy' }],
      output: y(...POD, '  containers:', '  - name: a', '    image: nginx:1.27', '    ports: [{containerPort: 80}]', '    imagePullPolicy: Always'),
    },
    {
      name: 'Never in a flow map, StatefulSet, CRLF',
      code: 'apiVersion: apps/v1\r\nkind: StatefulSet\r\nmetadata:\r\n  name: s\r\nspec:\r\n  template:\r\n    spec:\r\n      containers: [{name: a, image: "db:15", imagePullPolicy: Never}]\r\n',
      errors: [{ messageId: 'explicit', range: [7, 62, 7, 67], message: 'StatefulSet "s"' }],
      output: 'apiVersion: apps/v1\r\nkind: StatefulSet\r\nmetadata:\r\n  name: s\r\nspec:\r\n  template:\r\n    spec:\r\n      containers: [{name: a, image: "db:15", imagePullPolicy: Always}]\r\n',
    },
  ],
};
