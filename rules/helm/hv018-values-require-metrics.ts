import { findValuesPairs } from '../../server/src/engine/helm-values-keys';
import { describeValuesPath } from '../../server/src/engine/helm-values';
import { k8sBoolean } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import { asMap, getPair, nodeRange } from '../../server/src/engine/yaml';
import { replaceNode } from '../../server/src/engine/yaml-edit';

export default defineRule({
  meta: {
    id: 'HV018',
    slug: 'values-require-metrics',
    kind: 'helm-values',
    title: 'Chart metrics exporters should be enabled',
    controls: ['CC7.2'],
    severity: 'info',
    profile: 'strict',
    description:
      'Bitnami charts (and many others) ship a Prometheus exporter for the application behind `metrics.enabled` (per component too, e.g. `primary.metrics`). With it off, the component emits no health or load signal for alerting, so an outage, a saturation or an anomaly (a burst of failed logins, a replication stall) surfaces only when users notice. SOC 2 CC7.2 expects system components to be monitored for anomalies. Many teams monitor by other means (a sidecar-less APM, the cloud provider), and the exporters are off by default in almost every Bitnami chart, so the rule is in the `strict` profile. A `metrics` map in a disabled component is skipped; a map without `enabled` is not judged.',
    remediation: 'Set `metrics.enabled: true` (and `metrics.serviceMonitor.enabled: true` when the cluster runs the Prometheus Operator), or suppress the finding with the monitoring that covers the component.',
    fix: 'suggestion',
    messages: {
      disabled: '{{path}} is false: the chart runs this component without its metrics exporter, so no health or load signal reaches monitoring and alerting.',
    },
    peers: ['none of the peers (values-level)'],
  },
  check(ctx) {
    for (const { pair, path, disabled } of findValuesPairs(ctx.yaml?.docs ?? [], 'metrics')) {
      const enabled = getPair(asMap(pair.value), 'enabled');
      if (disabled || !enabled || k8sBoolean(enabled.value) !== false) continue;
      const range = nodeRange(ctx.lines, enabled.value);
      if (!range) continue;
      const where = describeValuesPath([...path, 'enabled']);
      ctx.report({ messageId: 'disabled', range, data: { path: where }, suggestions: [{ title: `Enable the exporter (${where}: true)`, edits: [replaceNode(ctx.lines, enabled.value, 'true')] }] });
    }
  },
});
