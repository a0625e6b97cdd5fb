/** K8S022 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const POD = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:'];
const TRUSTED = { trustedRegistries: ['registry.example.com', 'docker.io/library'] };

export const cases: RuleTests = {
  valid: [
    { name: 'no policy configured', code: y(...POD, '  containers:', '  - name: a', '    image: quay.io/x/y:1') },
    { name: 'trusted host', config: TRUSTED, code: y(...POD, '  containers:', '  - name: a', '    image: registry.example.com/team/app:1') },
    { name: 'official image matches docker.io/library', config: TRUSTED, code: y(...POD, '  containers:', '  - name: a', '    image: nginx:1.27') },
    { name: 'templated registry is unknown', config: TRUSTED, code: y(...POD, '  containers:', '  - name: a', '    image: "{{ .Values.registry }}/app:1"') },
  ],
  invalid: [
    {
      name: 'Docker Hub user image outside docker.io/library',
      config: TRUSTED,
      code: y(...POD, '  containers:', '  - name: a', '    image: someone/tool:1'),
      errors: [{ messageId: 'untrusted', range: [7, 11, 7, 25], message: 'pulls "someone/tool:1" from docker.io, which is not in trustedRegistries' }],
    },
    {
      name: 'other registry, init container of a Deployment',
      config: TRUSTED,
      code: y('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: d', 'spec:', '  template:', '    spec:', '      initContainers:', '      - name: i', '        image: ghcr.io/org/init:2', '      containers:', '      - name: a', '        image: registry.example.com/a:1'),
      errors: [{ messageId: 'untrusted', range: [9, 15, 9, 33], message: 'Init container "i" of Deployment "d" pulls "ghcr.io/org/init:2" from ghcr.io' }],
    },
  ],
};
