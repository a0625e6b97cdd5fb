/** K8S087 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
/** A kube-apiserver static Pod whose `command` list holds `items` after the binary. */
const apiserver = (...items: string[]): string =>
  y('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: kube-apiserver', '  namespace: kube-system', 'spec:', '  containers:', '  - name: kube-apiserver', '    command:', '    - kube-apiserver', ...items.map((i) => `    - ${i}`), '    image: registry.k8s.io/kube-apiserver:v1.30.0');

const WITH_CONFIG = ['Add EventRateLimit to --enable-admission-plugins and pass --admission-control-config-file (write and mount the file)'];

export const cases: RuleTests = {
  valid: [
    apiserver('--enable-admission-plugins=NodeRestriction,EventRateLimit', '--admission-control-config-file=/etc/kubernetes/admission.yaml'),
    { name: 'two-item flag form', code: apiserver('--enable-admission-plugins', 'EventRateLimit,NodeRestriction') },
    { name: 'deprecated --admission-control', code: apiserver('--admission-control=EventRateLimit') },
    { name: 'admission configuration with EventRateLimit', code: y('apiVersion: apiserver.config.k8s.io/v1', 'kind: AdmissionConfiguration', 'plugins:', '- name: PodSecurity', '  path: /etc/kubernetes/pod-security.yaml', '- name: EventRateLimit', '  path: /etc/kubernetes/event-rate-limit.yaml') },
    { name: 'older apiserver.k8s.io group, inline configuration', code: y('apiVersion: apiserver.k8s.io/v1alpha1', 'kind: AdmissionConfiguration', 'plugins:', '- name: EventRateLimit', '  configuration:', '    apiVersion: eventratelimit.admission.k8s.io/v1alpha1', '    kind: Configuration', '    limits:', '    - {type: Namespace, qps: 50, burst: 100}') },
    { name: 'an unrelated kind named AdmissionConfiguration', code: y('apiVersion: example.com/v1', 'kind: AdmissionConfiguration', 'plugins: []') },
    { name: 'controller manager is not concerned', code: y('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: kcm', 'spec:', '  containers:', '  - name: kcm', '    command: [kube-controller-manager, --profiling=false]', '    image: registry.k8s.io/kube-controller-manager:v1.30.0') },
  ],
  invalid: [
    {
      code: apiserver('--enable-admission-plugins=NodeRestriction'),
      errors: [{ messageId: 'notEnabled', range: [10, 6, 10, 48], message: 'kube-apiserver (Pod "kube-apiserver") does not enable EventRateLimit', suggestions: WITH_CONFIG }],
    },
    { name: 'no admission flag at all', code: apiserver('--secure-port=6443'), errors: [{ messageId: 'notEnabled', range: [8, 4, 8, 11], suggestions: WITH_CONFIG }] },
    {
      name: 'configuration file already passed',
      code: apiserver('--enable-admission-plugins=NodeRestriction', '--admission-control-config-file=/etc/kubernetes/admission.yaml'),
      errors: [{ messageId: 'notEnabled', range: [10, 6, 10, 48], suggestions: ['Add EventRateLimit to --enable-admission-plugins (configure its limits in the admission configuration file)'] }],
    },
    { name: 'deprecated --admission-control', code: apiserver('--admission-control=NamespaceLifecycle'), errors: [{ messageId: 'notEnabled', range: [10, 6, 10, 44], suggestions: ['Add EventRateLimit to --admission-control and pass --admission-control-config-file (write and mount the file)'] }] },
    { name: 'disabled: reported on the disable flag, no suggestion', code: apiserver('--enable-admission-plugins=NodeRestriction', '--disable-admission-plugins=EventRateLimit'), errors: [{ messageId: 'notEnabled', range: [11, 6, 11, 48], suggestions: [] }] },
    { name: 'substring does not count', code: apiserver('--enable-admission-plugins=NoEventRateLimit'), errors: [{ messageId: 'notEnabled', range: [10, 6, 10, 49] }] },
    {
      name: 'admission configuration without EventRateLimit',
      code: y('apiVersion: apiserver.config.k8s.io/v1', 'kind: AdmissionConfiguration', 'plugins:', '- name: PodSecurity', '  path: /etc/kubernetes/pod-security.yaml'),
      errors: [{ messageId: 'notConfigured', range: [2, 0, 2, 7], message: 'does not configure the EventRateLimit plugin' }],
    },
    { name: 'admission configuration without plugins', code: y('apiVersion: apiserver.config.k8s.io/v1', 'kind: AdmissionConfiguration'), errors: [{ messageId: 'notConfigured', range: [1, 6, 1, 28] }] },
    { name: 'flow-style plugin list, CRLF', code: 'apiVersion: apiserver.config.k8s.io/v1\r\nkind: AdmissionConfiguration\r\nplugins: [{name: ResourceQuota, path: rq.yaml}]\r\n', errors: [{ messageId: 'notConfigured', range: [2, 0, 2, 7] }] },
    {
      name: 'multi-document: the API server and its admission configuration both reported',
      code: y('apiVersion: apiserver.config.k8s.io/v1', 'kind: AdmissionConfiguration', 'plugins:', '- name: PodSecurity', '  path: /etc/kubernetes/pod-security.yaml', '---', 'apiVersion: v1', 'kind: Pod', 'metadata:', '  name: kube-apiserver', 'spec:', '  containers:', '  - name: kube-apiserver', '    command: [kube-apiserver, --admission-control-config-file=/etc/kubernetes/admission.yaml]', '    image: registry.k8s.io/kube-apiserver:v1.30.0'),
      errors: [{ messageId: 'notConfigured', range: [2, 0, 2, 7] }, { messageId: 'notEnabled', range: [13, 4, 13, 11], suggestions: ['Add EventRateLimit to --enable-admission-plugins (configure its limits in the admission configuration file)'] }],
    },
  ],
};
