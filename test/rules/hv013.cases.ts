/** HV013 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const c = (...lines: string[]): string => `${lines.join('\r\n')}\r\n`;
const DIGEST = 'sha256:0000000000000000000000000000000000000000000000000000000000000000';

export const cases: RuleTests = {
  valid: [
    { name: 'Always', code: y('image:', '  repository: nginx', '  pullPolicy: Always', '  tag: 1.27.2') },
    { name: 'Bitnami digest set', code: y('image:', '  registry: docker.io', '  repository: bitnami/nginx', '  tag: 1.27.2', `  digest: ${DIGEST}`, '  pullPolicy: IfNotPresent') },
    { name: 'digest in the tag', code: y('image:', '  repository: nginx', `  tag: "1.27.2@${DIGEST}"`, '  pullPolicy: IfNotPresent') },
    { name: 'digest in the repository', code: y('image:', `  repository: nginx@${DIGEST}`, '  pullPolicy: IfNotPresent') },
    { name: 'no pullPolicy: left to the template (K8S023 judges it there)', code: y('image:', '  repository: nginx', '  tag: 1.27.2') },
    { name: 'empty pullPolicy', code: y('image:', '  repository: nginx', '  tag: 1.27.2', '  pullPolicy: ""') },
    { name: 'disabled component', code: y('metrics:', '  enabled: false', '  image:', '    repository: exporter', '    tag: 1.0.0', '    pullPolicy: IfNotPresent') },
    { name: 'component not created (Bitnami create: false)', code: y('server:', '  thanos:', '    create: false', '    image:', '      repository: bitnami/thanos', '      tag: 0.39.2', '      digest: ""', '      pullPolicy: IfNotPresent') },
    { name: 'disabled nested subcomponent', code: y('volumePermissions:', '  enabled: false', '  init:', '    image:', '      repository: os-shell', '      pullPolicy: Never', '      tag: "12"') },
    { name: 'not an image map (no repository)', code: y('image:', '  pullPolicy: IfNotPresent') },
    { name: 'flow map with digest', code: y(`image: {repository: app, tag: "1.0", digest: "${DIGEST}", pullPolicy: IfNotPresent}`) },
  ],
  invalid: [
    {
      name: 'helm create scaffold (empty tag = appVersion, still a tag)',
      code: y('image:', '  repository: nginx', '  pullPolicy: IfNotPresent', '  # Overrides the image tag whose default is the chart appVersion.', '  tag: ""'),
      errors: [{ messageId: 'notAlways', range: [2, 14, 2, 26], message: 'image.pullPolicy is IfNotPresent for an image referenced by tag' }],
      output: y('image:', '  repository: nginx', '  pullPolicy: Always', '  # Overrides the image tag whose default is the chart appVersion.', '  tag: ""'),
    },
    {
      name: 'Bitnami empty digest, nested metrics.image',
      code: y('metrics:', '  enabled: true', '  image:', '    registry: docker.io', '    repository: bitnami/nginx-exporter', '    tag: 1.3.0-debian-12-r2', '    digest: ""', '    pullPolicy: IfNotPresent  # default'),
      errors: [{ messageId: 'notAlways', range: [7, 16, 7, 28], message: 'metrics.image.pullPolicy is IfNotPresent' }],
      output: y('metrics:', '  enabled: true', '  image:', '    registry: docker.io', '    repository: bitnami/nginx-exporter', '    tag: 1.3.0-debian-12-r2', '    digest: ""', '    pullPolicy: Always  # default'),
    },
    {
      name: 'Never, quoted, in a list item',
      code: y('sidecars:', '  - name: proxy', '    image:', '      repository: envoy', '      tag: v1.31.0', '      pullPolicy: "Never"'),
      errors: [{ messageId: 'notAlways', range: [5, 18, 5, 25], message: 'sidecars[0].image.pullPolicy is Never' }],
      output: y('sidecars:', '  - name: proxy', '    image:', '      repository: envoy', '      tag: v1.31.0', '      pullPolicy: Always'),
    },
    {
      name: 'flow map',
      code: y('image: {repository: app, tag: "1.0", pullPolicy: IfNotPresent}'),
      errors: [{ messageId: 'notAlways', range: [0, 49, 0, 61] }],
      output: y('image: {repository: app, tag: "1.0", pullPolicy: Always}'),
    },
    {
      name: 'CRLF overlay',
      filename: 'values-prod.yaml',
      code: c('image:', '  repository: app', '  tag: 2.0.0', '  pullPolicy: IfNotPresent'),
      errors: [{ messageId: 'notAlways', range: [3, 14, 3, 26] }],
      output: c('image:', '  repository: app', '  tag: 2.0.0', '  pullPolicy: Always'),
    },
    {
      name: 'a disabled sibling component does not exempt the enabled one',
      code: y('metrics:', '  enabled: false', '  image: {repository: exporter, tag: "1", pullPolicy: IfNotPresent}', 'image:', '  repository: app', '  tag: latest', '  pullPolicy: IfNotPresent'),
      errors: [{ messageId: 'notAlways', range: [6, 14, 6, 26], message: 'image.pullPolicy' }],
      output: y('metrics:', '  enabled: false', '  image: {repository: exporter, tag: "1", pullPolicy: IfNotPresent}', 'image:', '  repository: app', '  tag: latest', '  pullPolicy: Always'),
    },
  ],
};
