import { containerAnchor, describeContainer, describeObject, resourceOf, workloadContainers } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import type { Fix } from '../../server/src/engine/types';
import { asMap, asSeq, deref, getNode, getPair, scalarValue } from '../../server/src/engine/yaml';
import { insertIntoMap, isEmptyValue } from '../../server/src/engine/yaml-edit';

/** Kinds whose pods run to completion: a liveness or readiness probe means little for them. */
const RUN_TO_COMPLETION = new Set(['Job', 'CronJob']);
const PROBES = ['livenessProbe', 'readinessProbe'] as const;

export default defineRule({
  meta: {
    id: 'K8S019',
    slug: 'require-probes',
    kind: 'kubernetes',
    title: 'Long-running containers must have liveness and readiness probes',
    controls: ['CC7.2', 'A1.2'],
    severity: 'info',
    description:
      'Probes are how Kubernetes detects that a container is hung (liveness: restart it) or not ready to serve (readiness: take it out of the Service). Without them a deadlocked process keeps receiving traffic and nothing records the failure, so an outage goes undetected until users report it. Health signals feed the monitoring that SOC 2 CC7.2 asks for and keep the service available (A1.2). Regular containers of long-running workloads are checked; Jobs, CronJobs, init and ephemeral containers are not. Severity is info because sidecars and batch-like pods often need neither.',
    remediation:
      'Add a `readinessProbe` that checks the service can answer (an HTTP health endpoint or a TCP port) and a `livenessProbe` that only fails when the process must be restarted; use a `startupProbe` for slow starts. The suggestion adds TCP probes on the container\'s first port as a starting point.',
    fix: 'suggestion',
    messages: {
      missing: '{{subject}} of {{resource}} has no {{what}}, so Kubernetes cannot detect that it hangs or is not ready and keeps sending it traffic.',
    },
    peers: ['CKV_K8S_8', 'CKV_K8S_9', 'KICS ade74944', 'KICS a659f3b5', 'kube-linter no-liveness-probe', 'kube-linter no-readiness-probe', 'Polaris livenessProbeMissing', 'Polaris readinessProbeMissing', 'SNYK-CC-K8S-41', 'Datree CONTAINERS_MISSING_LIVENESSPROBE_KEY'],
  },
  check(ctx) {
    for (const { pod, containers } of workloadContainers(ctx.objects)) {
      if (RUN_TO_COMPLETION.has(pod.object.kind)) continue;
      for (const container of containers) {
        if (container.group !== 'containers') continue;
        const missing = PROBES.filter((p) => {
          const pair = getPair(container.map, p);
          return !pair || isEmptyValue(pair.value);
        });
        if (missing.length === 0) continue;
        const range = containerAnchor(ctx.lines, container);
        if (!range) continue;
        const firstPort = asMap(deref(pod.object.doc, asSeq(getNode(container.map, 'ports'))?.items[0]));
        const port = scalarValue(getNode(firstPort, 'containerPort'));
        const absent = missing.filter((p) => !getPair(container.map, p));
        const suggestions: Fix[] =
          typeof port === 'number' && absent.length > 0
            ? [{ title: `Add TCP ${absent.join(' and ')} on port ${port}`, edits: [insertIntoMap(ctx.lines, container.map, Object.fromEntries(absent.map((p) => [p, { tcpSocket: { port: String(port) } }])))] }]
            : [];
        ctx.report({ messageId: 'missing', range, data: { subject: describeContainer(container), resource: describeObject(pod.object), what: missing.join(' or ') }, resource: resourceOf(pod.object), suggestions });
      }
    }
  },
});
