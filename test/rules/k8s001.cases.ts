/** K8S001 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

/** One YAML line per argument, `\n`-terminated. */
export const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const POD_HEAD = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web'];

export const cases: RuleTests = {
  valid: [
    { name: 'pod-level runAsNonRoot: true covers every container', code: y(...POD_HEAD, 'spec:', '  securityContext:', '    runAsNonRoot: true', '  initContainers:', '  - name: init', '    image: busybox:1.36', '  containers:', '  - name: app', '    image: nginx:1.27') },
    { name: 'pod-level non-zero runAsUser', code: y(...POD_HEAD, 'spec:', '  securityContext:', '    runAsUser: 10001', '  containers:', '  - name: app', '    image: nginx:1.27') },
    { name: 'every container sets runAsNonRoot itself', code: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext:', '      runAsNonRoot: true', '  - name: b', '    securityContext: {runAsNonRoot: true}') },
    { name: 'a non-zero runAsUser makes runAsNonRoot: false harmless', code: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext:', '      runAsUser: 1000', '      runAsNonRoot: false') },
    { name: 'container runAsUser overrides the pod runAsUser: 0', code: y(...POD_HEAD, 'spec:', '  securityContext:', '    runAsUser: 0', '  containers:', '  - name: a', '    securityContext:', '      runAsUser: 1000') },
    { name: 'YAML 1.1 `yes` is true to the API server', code: y(...POD_HEAD, 'spec:', '  securityContext:', '    runAsNonRoot: yes', '  containers:', '  - name: a') },
    { name: 'a null container value falls back to the pod', code: y(...POD_HEAD, 'spec:', '  securityContext:', '    runAsNonRoot: true', '  containers:', '  - name: a', '    securityContext:', '      runAsNonRoot:') },
    { name: 'ephemeral containers inherit the pod setting', code: y(...POD_HEAD, 'spec:', '  securityContext: {runAsNonRoot: true}', '  containers:', '  - name: a', '  ephemeralContainers:', '  - name: debug', '    image: busybox:1.36') },
    {
      name: 'CronJob with the pod-level setting',
      code: y('apiVersion: batch/v1', 'kind: CronJob', 'metadata:', '  name: nightly', 'spec:', '  schedule: "0 3 * * *"', '  jobTemplate:', '    spec:', '      template:', '        spec:', '          securityContext:', '            runAsNonRoot: true', '          containers:', '          - name: job'),
    },
    { name: 'objects without pods are ignored', code: y('apiVersion: v1', 'kind: Service', 'metadata:', '  name: web', 'spec:', '  ports:', '  - port: 80', '---', 'apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: c', 'data:', '  runAsUser: "0"') },
    { name: 'an anchored securityContext is read through its alias', code: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext: &hardened', '      runAsNonRoot: true', '  - name: b', '    securityContext: *hardened') },
    { name: 'a pod without containers has nothing to run', code: y(...POD_HEAD, 'spec:', '  containers: []') },
    { name: 'kube-linter dont-fire: runAsUser outside securityContext is ignored, runAsNonRoot decides', code: y('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: dont-fire', 'spec:', '  template:', '    spec:', '      containers:', '        - name: app', '          runAsUser: 1001', '          securityContext:', '            runAsNonRoot: true') },
  ],
  invalid: [
    {
      name: 'nothing set: one pod-level finding on the spec key, fix adds the pod securityContext',
      code: y(...POD_HEAD, 'spec:', '  containers:', '  - name: app', '    image: nginx:1.27'),
      errors: [{ messageId: 'podMayRunAsRoot', range: [4, 0, 4, 4], message: 'Container "app" of Pod "web" may run as root' }],
      output: y(...POD_HEAD, 'spec:', '  containers:', '  - name: app', '    image: nginx:1.27', '  securityContext:', '    runAsNonRoot: true'),
    },
    {
      name: 'nothing set in a Deployment with init containers: one finding naming all of them',
      code: y('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: api', 'spec:', '  template:', '    spec:', '      initContainers:', '      - name: migrate', '      containers:', '      - name: api', '      - name: proxy', '        securityContext:', '          readOnlyRootFilesystem: true'),
      errors: [{ messageId: 'podMayRunAsRoot', range: [6, 4, 6, 8], message: 'Containers "api", "proxy" and init container "migrate" of Deployment "api"' }],
      output: y('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: api', 'spec:', '  template:', '    spec:', '      initContainers:', '      - name: migrate', '      containers:', '      - name: api', '      - name: proxy', '        securityContext:', '          readOnlyRootFilesystem: true', '      securityContext:', '        runAsNonRoot: true'),
    },
    {
      name: 'pod securityContext without the field: report on its key, fix inserts into it (comment kept)',
      code: y(...POD_HEAD, 'spec:', '  securityContext: # pod-wide', '    fsGroup: 2000', '  containers:', '  - name: app'),
      errors: [{ messageId: 'podMayRunAsRoot', range: [5, 2, 5, 17] }],
      output: y(...POD_HEAD, 'spec:', '  securityContext: # pod-wide', '    fsGroup: 2000', '    runAsNonRoot: true', '  containers:', '  - name: app'),
    },
    {
      name: 'pod securityContext: {} flow map',
      code: y(...POD_HEAD, 'spec:', '  securityContext: {}', '  containers:', '  - name: app'),
      errors: [{ messageId: 'podMayRunAsRoot', range: [5, 2, 5, 17] }],
      output: y(...POD_HEAD, 'spec:', '  securityContext: {runAsNonRoot: true}', '  containers:', '  - name: app'),
    },
    {
      name: 'pod securityContext: with a null value',
      code: y(...POD_HEAD, 'spec:', '  securityContext:', '  containers:', '  - name: app'),
      errors: [{ messageId: 'podMayRunAsRoot', range: [5, 2, 5, 17] }],
      output: y(...POD_HEAD, 'spec:', '  securityContext:', '    runAsNonRoot: true', '  containers:', '  - name: app'),
    },
    {
      name: 'pod-level runAsUser: 0 shared by two containers is one finding on the pod value',
      code: y(...POD_HEAD, 'spec:', '  securityContext:', '    runAsUser: 0 # legacy', '  containers:', '  - name: a', '  - name: b'),
      errors: [{ messageId: 'rootUser', range: [6, 15, 6, 16], message: 'Containers "a" and "b" of Pod "web" run' }],
      output: y(...POD_HEAD, 'spec:', '  securityContext:', '    runAsUser: 10001 # legacy', '  containers:', '  - name: a', '  - name: b'),
    },
    {
      name: 'pod-level runAsNonRoot: false shared by the containers that set no UID',
      code: y(...POD_HEAD, 'spec:', '  securityContext:', '    runAsNonRoot: false', '  containers:', '  - name: a', '  - name: b', '    securityContext:', '      runAsUser: 1000'),
      errors: [{ messageId: 'nonRootNotTrue', range: [6, 18, 6, 23], message: 'Container "a" of Pod "web" may run as root: runAsNonRoot is false in the pod securityContext' }],
      output: y(...POD_HEAD, 'spec:', '  securityContext:', '    runAsNonRoot: true', '  containers:', '  - name: a', '  - name: b', '    securityContext:', '      runAsUser: 1000'),
    },
    {
      name: 'a container runAsNonRoot: false overrides the pod true',
      code: y(...POD_HEAD, 'spec:', '  securityContext:', '    runAsNonRoot: true', '  containers:', '  - name: a', '    securityContext:', '      runAsNonRoot: false # image needs root'),
      errors: [{ messageId: 'nonRootNotTrue', range: [10, 20, 10, 25], message: 'in its securityContext' }],
      output: y(...POD_HEAD, 'spec:', '  securityContext:', '    runAsNonRoot: true', '  containers:', '  - name: a', '    securityContext:', '      runAsNonRoot: true # image needs root'),
    },
    {
      name: 'an init container that opts out of the pod setting',
      code: y(...POD_HEAD, 'spec:', '  securityContext:', '    runAsNonRoot: true', '  initContainers:', '  - name: chown', '    securityContext:', '      runAsUser: 0', '  containers:', '  - name: a'),
      errors: [{ messageId: 'rootUser', range: [10, 17, 10, 18], message: 'Init container "chown"' }],
      output: y(...POD_HEAD, 'spec:', '  securityContext:', '    runAsNonRoot: true', '  initContainers:', '  - name: chown', '    securityContext:', '      runAsUser: 10001', '  containers:', '  - name: a'),
    },
    {
      name: 'only some containers lack it: per container, on the name key; 4-space indentation kept',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n    name: web\nspec:\n    containers:\n        -   name: a\n            securityContext:\n                runAsNonRoot: true\n        -   name: b\n            image: nginx:1.27\n',
      errors: [{ messageId: 'mayRunAsRoot', range: [9, 12, 9, 16], message: 'Container "b" of Pod "web"' }],
      output: 'apiVersion: v1\nkind: Pod\nmetadata:\n    name: web\nspec:\n    containers:\n        -   name: a\n            securityContext:\n                runAsNonRoot: true\n        -   name: b\n            image: nginx:1.27\n            securityContext:\n                runAsNonRoot: true\n',
    },
    {
      name: 'only some containers lack it: on the securityContext key when present (flow {})',
      code: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext:', '      runAsUser: 1000', '  - name: b', '    securityContext: {}'),
      errors: [{ messageId: 'mayRunAsRoot', range: [10, 4, 10, 19] }],
      output: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext:', '      runAsUser: 1000', '  - name: b', '    securityContext: {runAsNonRoot: true}'),
    },
    {
      name: 'only some containers lack it: `securityContext:` with a null value',
      code: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext:', '      runAsNonRoot: true', '  - name: b', '    securityContext: null'),
      errors: [{ messageId: 'mayRunAsRoot', range: [10, 4, 10, 19] }],
      output: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext:', '      runAsNonRoot: true', '  - name: b', '    securityContext:', '      runAsNonRoot: true'),
    },
    {
      name: 'a string runAsUser is unknown: neither root nor a pass',
      code: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext:', '      runAsUser: "0"'),
      errors: [{ messageId: 'mayRunAsRoot', range: [7, 4, 7, 19] }],
      output: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext:', '      runAsUser: "0"', '      runAsNonRoot: true'),
    },
    {
      name: 'a string runAsUser on the pod: one pod-level finding',
      code: y(...POD_HEAD, 'spec:', '  securityContext:', '    runAsUser: "1000"', '  containers:', '  - name: a'),
      errors: [{ messageId: 'podMayRunAsRoot', range: [5, 2, 5, 17] }],
      output: y(...POD_HEAD, 'spec:', '  securityContext:', '    runAsUser: "1000"', '    runAsNonRoot: true', '  containers:', '  - name: a'),
    },
    {
      name: 'a quoted "true" is a string, not a boolean',
      code: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext:', '      runAsNonRoot: "true"'),
      errors: [{ messageId: 'nonRootNotTrue', range: [8, 20, 8, 26], message: 'runAsNonRoot is "true"' }],
      output: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext:', '      runAsNonRoot: true'),
    },
    {
      name: 'runAsUser: 0 with runAsNonRoot: true is still root (and never starts)',
      code: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext: {runAsNonRoot: true, runAsUser: 0}'),
      errors: [{ messageId: 'rootUser', range: [7, 53, 7, 54] }],
      output: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext: {runAsNonRoot: true, runAsUser: 10001}'),
    },
    {
      name: 'ephemeral container running as root',
      code: y(...POD_HEAD, 'spec:', '  securityContext:', '    runAsNonRoot: true', '  containers:', '  - name: a', '  ephemeralContainers:', '  - name: debug', '    securityContext:', '      runAsUser: 0'),
      errors: [{ messageId: 'rootUser', range: [12, 17, 12, 18], message: 'Ephemeral container "debug"' }],
      output: y(...POD_HEAD, 'spec:', '  securityContext:', '    runAsNonRoot: true', '  containers:', '  - name: a', '  ephemeralContainers:', '  - name: debug', '    securityContext:', '      runAsUser: 10001'),
    },
    {
      name: 'CronJob: the pod spec key deep in jobTemplate',
      code: y('apiVersion: batch/v1', 'kind: CronJob', 'metadata:', '  name: nightly', 'spec:', '  schedule: "0 3 * * *"', '  jobTemplate:', '    spec:', '      template:', '        spec:', '          restartPolicy: OnFailure', '          containers:', '          - name: job', '            image: busybox:1.36'),
      errors: [{ messageId: 'podMayRunAsRoot', range: [9, 8, 9, 12], message: 'CronJob "nightly"' }],
      output: y('apiVersion: batch/v1', 'kind: CronJob', 'metadata:', '  name: nightly', 'spec:', '  schedule: "0 3 * * *"', '  jobTemplate:', '    spec:', '      template:', '        spec:', '          restartPolicy: OnFailure', '          containers:', '          - name: job', '            image: busybox:1.36', '          securityContext:', '            runAsNonRoot: true'),
    },
    {
      name: 'every workload kind is walked (DaemonSet, Job, PodTemplate, DeploymentConfig)',
      code: y(
        'apiVersion: apps/v1', 'kind: DaemonSet', 'metadata:', '  name: ds', 'spec:', '  template:', '    spec:', '      containers: [{name: a}]',
        '---', 'apiVersion: batch/v1', 'kind: Job', 'metadata:', '  name: job', 'spec:', '  template:', '    spec:', '      containers: [{name: a}]',
        '---', 'apiVersion: v1', 'kind: PodTemplate', 'metadata:', '  name: pt', 'template:', '  spec:', '    containers: [{name: a}]',
        '---', 'apiVersion: apps.openshift.io/v1', 'kind: DeploymentConfig', 'metadata:', '  name: dc', 'spec:', '  template:', '    spec:', '      containers: [{name: a}]',
      ),
      errors: [
        { messageId: 'podMayRunAsRoot', range: [6, 4, 6, 8], message: 'DaemonSet "ds"' },
        { messageId: 'podMayRunAsRoot', range: [15, 4, 15, 8], message: 'Job "job"' },
        { messageId: 'podMayRunAsRoot', range: [23, 2, 23, 6], message: 'PodTemplate "pt"' },
        { messageId: 'podMayRunAsRoot', range: [32, 4, 32, 8], message: 'DeploymentConfig "dc"' },
      ],
      output: y(
        'apiVersion: apps/v1', 'kind: DaemonSet', 'metadata:', '  name: ds', 'spec:', '  template:', '    spec:', '      containers: [{name: a}]', '      securityContext:', '        runAsNonRoot: true',
        '---', 'apiVersion: batch/v1', 'kind: Job', 'metadata:', '  name: job', 'spec:', '  template:', '    spec:', '      containers: [{name: a}]', '      securityContext:', '        runAsNonRoot: true',
        '---', 'apiVersion: v1', 'kind: PodTemplate', 'metadata:', '  name: pt', 'template:', '  spec:', '    containers: [{name: a}]', '    securityContext:', '      runAsNonRoot: true',
        '---', 'apiVersion: apps.openshift.io/v1', 'kind: DeploymentConfig', 'metadata:', '  name: dc', 'spec:', '  template:', '    spec:', '      containers: [{name: a}]', '      securityContext:', '        runAsNonRoot: true',
      ),
    },
    {
      name: 'kind: List items, only the bad one reported',
      code: y('apiVersion: v1', 'kind: List', 'items:', '- apiVersion: v1', '  kind: Pod', '  metadata:', '    name: good', '  spec:', '    securityContext: {runAsNonRoot: true}', '    containers: [{name: a}]', '- apiVersion: v1', '  kind: Pod', '  metadata:', '    name: bad', '  spec:', '    containers:', '    - name: a', '      securityContext:', '        runAsUser: 0'),
      errors: [{ messageId: 'rootUser', range: [18, 19, 18, 20], message: 'Pod "bad"' }],
      output: y('apiVersion: v1', 'kind: List', 'items:', '- apiVersion: v1', '  kind: Pod', '  metadata:', '    name: good', '  spec:', '    securityContext: {runAsNonRoot: true}', '    containers: [{name: a}]', '- apiVersion: v1', '  kind: Pod', '  metadata:', '    name: bad', '  spec:', '    containers:', '    - name: a', '      securityContext:', '        runAsUser: 10001'),
    },
    {
      name: 'CRLF line breaks are kept by the fix',
      code: 'apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: web\r\nspec:\r\n  containers:\r\n  - name: app\r\n',
      errors: [{ messageId: 'podMayRunAsRoot', range: [4, 0, 4, 4] }],
      output: 'apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: web\r\nspec:\r\n  containers:\r\n  - name: app\r\n  securityContext:\r\n    runAsNonRoot: true\r\n',
    },
    {
      name: 'KICS positive4: one container bare, one root',
      code: y(...POD_HEAD, 'spec:', '  containers:', '  - name: sec-ctx-demo-1', '    image: gcr.io/google-samples/node-hello:1.0', '  - name: sec-ctx-demo-2', '    image: gcr.io/google-samples/node-hello:1.0', '    securityContext:', '      runAsUser: 0', '      allowPrivilegeEscalation: false', '      runAsNonRoot: false'),
      errors: [
        { messageId: 'mayRunAsRoot', range: [6, 4, 6, 8] },
        { messageId: 'rootUser', range: [11, 17, 11, 18] },
      ],
      output: y(...POD_HEAD, 'spec:', '  containers:', '  - name: sec-ctx-demo-1', '    image: gcr.io/google-samples/node-hello:1.0', '    securityContext:', '      runAsNonRoot: true', '  - name: sec-ctx-demo-2', '    image: gcr.io/google-samples/node-hello:1.0', '    securityContext:', '      runAsUser: 10001', '      allowPrivilegeEscalation: false', '      runAsNonRoot: false'),
    },
  ],
};
