/** K8S038 require-probe-on-declared-port test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const DEPLOY = ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: api', 'spec:', '  template:', '    spec:', '      containers:', '      - name: app'];
const PORTS = ['        ports:', '        - name: http', '          containerPort: 8080', '        - name: metrics', '          containerPort: 9090'];

export const cases: RuleTests = {
  valid: [
    { name: 'named and numeric probe ports that the container declares', code: y(...DEPLOY, ...PORTS, '        livenessProbe:', '          httpGet: {path: /healthz, port: http}', '        readinessProbe:', '          tcpSocket:', '            port: 8080', '        startupProbe:', '          grpc: {port: 9090}') },
    { name: 'no ports declared: a numeric probe port cannot be judged', code: y(...DEPLOY, '        livenessProbe:', '          httpGet: {path: /, port: 8080}') },
    { name: 'exec probes have no port', code: y(...DEPLOY, ...PORTS, '        livenessProbe:', '          exec: {command: [cat, /tmp/ok]}') },
    { name: 'a probe of another host checks that host\'s port', code: y(...DEPLOY, ...PORTS, '        livenessProbe:', '          httpGet: {host: db.internal, path: /, port: 5432}') },
    { name: 'no probes', code: y(...DEPLOY, ...PORTS) },
    { name: 'a named UDP port still resolves by name', code: y(...DEPLOY, '        ports: [{name: dns, containerPort: 5353, protocol: UDP}]', '        livenessProbe: {tcpSocket: {port: dns}}') },
    { name: 'probe through a YAML alias', code: y(...DEPLOY, ...PORTS, '        livenessProbe: &probe', '          httpGet: {path: /, port: http}', '        readinessProbe: *probe') },
  ],
  invalid: [
    {
      name: 'a named port no port entry carries',
      code: y(...DEPLOY, ...PORTS, '        livenessProbe:', '          httpGet:', '            path: /healthz', '            port: health'),
      errors: [{ messageId: 'unknownName', range: [17, 18, 17, 24], message: 'Container "app" of Deployment "api": its livenessProbe checks port "health", but no port of the container has that name' }],
    },
    {
      name: 'a loopback host is still the pod itself',
      code: y(...DEPLOY, ...PORTS, '        readinessProbe:', '          tcpSocket: {host: 127.0.0.1, port: 8081}'),
      errors: [{ messageId: 'undeclaredNumber', range: [15, 45, 15, 49], message: 'declared TCP ports (8080, 9090)' }],
    },
    {
      name: 'a named port with no ports at all: the probe always fails',
      code: y(...DEPLOY, '        readinessProbe: {httpGet: {path: /, port: http}}'),
      errors: [{ messageId: 'unknownName', range: [9, 50, 9, 54], message: 'readinessProbe checks port "http"' }],
    },
    {
      name: 'a numeric port the container does not declare, with a single-port suggestion',
      code: y(...DEPLOY, '        ports: [{containerPort: 8080}]', '        startupProbe:', '          tcpSocket: {port: 8081}'),
      errors: [{ messageId: 'undeclaredNumber', range: [11, 28, 11, 32], message: 'its startupProbe checks port 8081, which is not among the container\'s declared TCP ports (8080)', suggestions: ['Check port 8080 instead'] }],
    },
    {
      name: 'a UDP port does not serve a TCP probe; grpc probes',
      code: y(...DEPLOY, '        ports:', '        - {name: dns, containerPort: 53, protocol: UDP}', '        livenessProbe:', '          grpc:', '            port: 53'),
      errors: [{ messageId: 'undeclaredNumber', range: [13, 18, 13, 20], message: 'declared TCP ports (none)' }],
    },
    {
      name: 'a named-port suggestion when the container names exactly one port',
      code: y(...DEPLOY, '        ports: [{name: web, containerPort: 8080}, {containerPort: 9090}]', '        livenessProbe: {httpGet: {path: /, port: http}}'),
      errors: [{ messageId: 'unknownName', range: [10, 49, 10, 53], suggestions: ['Check port "web" instead'] }],
    },
    {
      name: 'sidecar init container of a CronJob, kind: List, CRLF',
      code: ['apiVersion: v1', 'kind: List', 'items:', '- apiVersion: batch/v1', '  kind: CronJob', '  metadata:', '    name: c', '  spec:', '    jobTemplate:', '      spec:', '        template:', '          spec:', '            initContainers:', '            - name: proxy', '              restartPolicy: Always', '              ports: [{name: proxy, containerPort: 15000}]', '              readinessProbe: {tcpSocket: {port: 15001}}', '            containers:', '            - name: job', ''].join('\r\n'),
      errors: [{ messageId: 'undeclaredNumber', range: [16, 49, 16, 54], message: 'Init container "proxy" of CronJob "c"', suggestions: ['Check port 15000 instead'] }],
    },
  ],
};
