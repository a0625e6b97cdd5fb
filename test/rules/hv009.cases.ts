/** HV009 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: 'helm create empty tag means appVersion', code: y('image:', '  repository: nginx', '  pullPolicy: IfNotPresent', '  tag: ""') },
    { name: 'version tag', code: y('image:', '  registry: docker.io', '  repository: bitnami/nginx', '  tag: 1.27.2-debian-12-r0') },
    { name: 'digest pins it', code: y('image:', '  repository: app', '  tag: latest', '  digest: sha256:0000000000000000000000000000000000000000000000000000000000000000') },
    { name: 'disabled component', code: y('metrics:', '  enabled: false', '  image:', '    repository: exporter', '    tag: latest') },
  ],
  invalid: [
    {
      name: 'latest tag',
      code: y('image:', '  repository: nginx', '  tag: latest'),
      errors: [{ messageId: 'latest', range: [2, 7, 2, 13], message: 'image.tag is latest' }],
    },
    {
      name: 'nested component in a list',
      code: y('sidecars:', '- name: proxy', '  image:', '    repository: envoy', '    tag: "latest"'),
      errors: [{ messageId: 'latest', range: [4, 9, 4, 17], message: 'sidecars[0].image.tag is latest' }],
    },
  ],
};
