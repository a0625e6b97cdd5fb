/** K8S040 no-permissive-ingress-host test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const ING = ['apiVersion: networking.k8s.io/v1', 'kind: Ingress', 'metadata:', '  name: web', 'spec:'];
const BACKEND = ['    http:', '      paths:', '      - path: /', '        pathType: Prefix', '        backend: {service: {name: web, port: {number: 80}}}'];

export const cases: RuleTests = {
  valid: [
    { name: 'every rule names its host', code: y(...ING, '  rules:', '  - host: shop.example.com', ...BACKEND, '  - host: api.example.com', ...BACKEND) },
    { name: 'a subdomain wildcard is deliberate', code: y(...ING, '  rules:', '  - host: "*.example.com"', ...BACKEND) },
    { name: 'defaultBackend only (not judged)', code: y(...ING, '  defaultBackend: {service: {name: web, port: {number: 80}}}') },
    { name: 'not an Ingress', code: y('apiVersion: v1', 'kind: Service', 'metadata:', '  name: s', 'spec:', '  rules:', '  - http: {}') },
    { name: 'an Ingress of another API group', code: y('apiVersion: example.com/v1', 'kind: Ingress', 'metadata:', '  name: x', 'spec:', '  rules:', '  - http: {}') },
  ],
  invalid: [
    {
      name: 'a rule without host',
      code: y(...ING, '  rules:', '  -', ...BACKEND),
      errors: [{ messageId: 'noHost', range: [7, 4, 7, 8], message: 'A rule of Ingress "web" has no host' }],
    },
    {
      name: 'host "*" with a suggestion from the TLS section',
      code: y(...ING, '  tls:', '  - hosts: [shop.example.com]', '    secretName: web-tls', '  rules:', '  - host: "*"', ...BACKEND),
      errors: [{ messageId: 'wildcardHost', range: [9, 10, 9, 13], message: 'has host "*", which matches every name', suggestions: ['Serve only shop.example.com'] }],
    },
    {
      name: 'missing host with a suggestion from the TLS section',
      code: y(...ING, '  tls: [{hosts: [shop.example.com], secretName: web-tls}]', '  rules:', '  - http:', '      paths: [{path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}]'),
      errors: [{ messageId: 'noHost', range: [7, 4, 7, 8], suggestions: ['Serve only shop.example.com'] }],
    },
    {
      name: 'empty host, extensions/v1beta1, flow rules, second document',
      code: y('apiVersion: v1', 'kind: Service', 'metadata:', '  name: s', '---', 'apiVersion: extensions/v1beta1', 'kind: Ingress', 'metadata:', '  name: old', 'spec:', '  rules: [{host: "", http: {paths: [{backend: {serviceName: s, servicePort: 80}}]}}]'),
      errors: [{ messageId: 'noHost', range: [10, 11, 10, 15], message: 'Ingress "old"' }],
    },
    {
      name: 'kind: List and CRLF',
      code: ['apiVersion: v1', 'kind: List', 'items:', '- apiVersion: networking.k8s.io/v1', '  kind: Ingress', '  metadata:', '    name: i', '  spec:', '    rules:', '    - host: "*"', '      http: {paths: []}', ''].join('\r\n'),
      errors: [{ messageId: 'wildcardHost', range: [9, 12, 9, 15], message: 'Ingress "i"' }],
    },
  ],
};
