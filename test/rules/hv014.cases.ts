/** HV014 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const c = (...lines: string[]): string => `${lines.join('\r\n')}\r\n`;
const DIGEST = 'sha256:0000000000000000000000000000000000000000000000000000000000000000';

export const cases: RuleTests = {
  valid: [
    { name: 'Bitnami digest set', code: y('image:', '  registry: docker.io', '  repository: bitnami/nginx', '  tag: 1.27.2', `  digest: ${DIGEST}`) },
    { name: 'digest in the tag', code: y('image:', '  repository: nginx', `  tag: "1.27.2@${DIGEST}"`) },
    { name: 'bare digest as the tag', code: y('image:', '  repository: nginx', `  tag: "${DIGEST}"`) },
    { name: 'digest in the repository', code: y('image:', `  repository: nginx@${DIGEST}`, '  pullPolicy: IfNotPresent') },
    { name: 'templated tag may hide a digest', code: y('image:', '  repository: nginx', '  tag: "{{ .Values.global.imageTag }}"') },
    { name: 'disabled component', code: y('metrics:', '  enabled: false', '  image:', '    repository: exporter', '    tag: 1.0.0', '    digest: ""') },
    { name: 'component not created (Bitnami create: false)', code: y('server:', '  thanos:', '    create: false', '    image:', '      repository: bitnami/thanos', '      tag: 0.39.2', '      digest: ""', '      pullPolicy: IfNotPresent') },
    { name: 'disabled nested subcomponent', code: y('volumePermissions:', '  enabled: false', '  init:', '    image:', '      repository: os-shell', '      tag: "12"') },
    { name: 'flow map with digest', code: y(`image: {repository: app, tag: "1.0", digest: "${DIGEST}"}`) },
    { name: 'not an image map', code: y('image: nginx:1.27') },
  ],
  invalid: [
    {
      name: 'Bitnami empty digest: reported on it',
      code: y('image:', '  registry: docker.io', '  repository: bitnami/nginx', '  tag: 1.27.2-debian-12-r0', '  digest: ""'),
      errors: [{ messageId: 'notPinned', range: [4, 10, 4, 12], message: 'image has no digest' }],
    },
    {
      name: 'helm create: no digest key, reported on the tag',
      code: y('image:', '  repository: nginx', '  pullPolicy: IfNotPresent', '  tag: ""'),
      errors: [{ messageId: 'notPinned', range: [3, 7, 3, 9] }],
    },
    {
      name: 'no tag and no digest: reported on the repository',
      code: y('image:', '  repository: nginx', '  pullPolicy: Always'),
      errors: [{ messageId: 'notPinned', range: [1, 14, 1, 19] }],
    },
    {
      name: 'empty digest key (null): reported on the key',
      code: y('metrics:', '  image:', '    repository: exporter', '    tag: 1.3.0', '    digest:'),
      errors: [{ messageId: 'notPinned', range: [4, 4, 4, 10], message: 'metrics.image has no digest' }],
    },
    {
      name: 'list item and flow map',
      code: y('sidecars:', '  - name: proxy', '    image: {repository: envoy, tag: v1.31.0}'),
      errors: [{ messageId: 'notPinned', range: [2, 36, 2, 43], message: 'sidecars[0].image has no digest' }],
    },
    {
      name: 'CRLF overlay',
      filename: 'values-prod.yaml',
      code: c('image:', '  repository: app', '  tag: 2.0.0', '  digest: ""'),
      errors: [{ messageId: 'notPinned', range: [3, 10, 3, 12] }],
    },
  ],
};
