/** HV017 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const c = (...lines: string[]): string => `${lines.join('\r\n')}\r\n`;
const config = { trustedRegistries: ['registry.example.com', 'docker.io/bitnami'] };

export const cases: RuleTests = {
  valid: [
    { name: 'no policy configured: silent', code: y('image:', '  registry: quay.io', '  repository: evil/app', '  tag: 1.0.0') },
    { name: 'Bitnami image from a trusted path', config, code: y('image:', '  registry: docker.io', '  repository: bitnami/nginx', '  tag: 1.27.2', '  digest: ""') },
    { name: 'trusted host', config, code: y('image:', '  repository: registry.example.com/team/app', '  tag: 1.0.0') },
    { name: 'global.imageRegistry overrides an untrusted registry', config, code: y('global:', '  imageRegistry: registry.example.com', 'image:', '  registry: quay.io', '  repository: team/app', '  tag: 1.0.0') },
    { name: 'disabled component', config, code: y('metrics:', '  enabled: false', '  image:', '    registry: quay.io', '    repository: exporter', '    tag: 1.0.0') },
    { name: 'component not created', config, code: y('thanos:', '  create: false', '  image: {registry: quay.io, repository: thanos/thanos, tag: v0.39.2}') },
    { name: 'templated registry', config, code: y('image:', '  registry: "{{ .Values.global.mirror }}"', '  repository: team/app', '  tag: 1.0.0') },
  ],
  invalid: [
    {
      name: 'Bitnami registry outside the list',
      config,
      code: y('image:', '  registry: quay.io', '  repository: team/app', '  tag: 1.0.0'),
      errors: [{ messageId: 'untrusted', range: [1, 12, 1, 19], message: 'image pulls "quay.io/team/app:1.0.0" from quay.io, which is not in trustedRegistries' }],
    },
    {
      name: 'helm create repository on Docker Hub',
      config,
      code: y('image:', '  repository: nginx', '  pullPolicy: IfNotPresent', '  tag: ""'),
      errors: [{ messageId: 'untrusted', range: [1, 14, 1, 19], message: 'image pulls "nginx" from docker.io' }],
    },
    {
      name: 'global override reported once',
      config,
      code: y('global:', '  imageRegistry: mirror.io', 'image:', '  registry: docker.io', '  repository: bitnami/nginx', '  tag: "1"', 'metrics:', '  image:', '    registry: docker.io', '    repository: bitnami/nginx-exporter', '    tag: "1"'),
      errors: [{ messageId: 'untrustedGlobal', range: [1, 17, 1, 26], message: 'global.imageRegistry sends the chart\'s images (e.g. "mirror.io/bitnami/nginx:1") to mirror.io' }],
    },
    {
      name: 'nested component in a list, flow map',
      config,
      code: y('sidecars:', '  - name: proxy', '    image: {registry: ghcr.io, repository: envoyproxy/envoy, tag: v1.31.0}'),
      errors: [{ messageId: 'untrusted', range: [2, 22, 2, 29], message: 'sidecars[0].image pulls' }],
    },
    {
      name: 'empty registry means Docker Hub',
      config,
      code: y('image:', '  registry:', '  repository: library/postgres', '  tag: "16"'),
      errors: [{ messageId: 'untrusted', range: [1, 2, 1, 10], message: 'from docker.io' }],
    },
    {
      name: 'CRLF overlay',
      filename: 'values-prod.yaml',
      config,
      code: c('image:', '  registry: quay.io', '  repository: team/app', '  tag: 2.0.0'),
      errors: [{ messageId: 'untrusted', range: [1, 12, 1, 19] }],
    },
  ],
};
