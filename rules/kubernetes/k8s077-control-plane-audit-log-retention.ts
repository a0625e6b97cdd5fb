import { controlPlaneContainers, describeComponent, flagOf, flagRange, missingFlagRange, upsertFlagEdits } from '../../server/src/engine/control-plane';
import { resourceOf } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';

/** CIS minimums: 30 days, 10 rotated files, 100 MB per file. */
const MINIMUMS = [
  { flag: 'audit-log-maxage', min: 30, what: 'days' },
  { flag: 'audit-log-maxbackup', min: 10, what: 'rotated files' },
  { flag: 'audit-log-maxsize', min: 100, what: 'MB per file' },
] as const;

export default defineRule({
  meta: {
    id: 'K8S077',
    slug: 'control-plane-audit-log-retention',
    kind: 'kubernetes',
    title: 'API server audit logs must be retained long enough',
    controls: ['CC7.2'],
    severity: 'warning',
    description:
      'The API server rotates its audit log file by `--audit-log-maxage`, `--audit-log-maxbackup` and `--audit-log-maxsize`. Small values delete events before anyone looks for them, so an investigation finds the trail already gone; unset values leave retention undefined until the disk fills. SOC 2 CC7.2 expects security events to be retained, by a stated rule, for the period in which anomalies are detected and investigated. Checked only when `--audit-log-path` is set.',
    remediation: 'Set `--audit-log-maxage=30`, `--audit-log-maxbackup=10` and `--audit-log-maxsize=100` (or more), and ship the log to central storage with its own retention.',
    fix: 'quickfix',
    messages: {
      low: '{{component}} sets --{{flag}}={{value}}: below {{min}} {{what}}, audit evidence is discarded too early.',
      missing: '{{component}} does not set --{{flag}}: audit-log retention is left undefined (at least {{min}} {{what}} recommended).',
    },
    peers: ['CKV_K8S_92', 'CKV_K8S_93', 'CKV_K8S_94', 'KICS da9f3aa8', 'KICS 768aab52', 'KICS 35c0a471', 'KCV-0020', 'KCV-0021', 'KCV-0022'],
  },
  check(ctx) {
    for (const cp of controlPlaneContainers(ctx.objects)) {
      if (cp.component !== 'kube-apiserver' || !flagOf(cp, 'audit-log-path')) continue;
      for (const { flag: name, min, what } of MINIMUMS) {
        const flag = flagOf(cp, name);
        const value = flag ? Number(flag.value) : undefined;
        if (value !== undefined && Number.isFinite(value) && value >= min) continue;
        const range = flag ? flagRange(ctx.lines, flag) : missingFlagRange(ctx.lines, cp);
        if (!range) continue;
        const edits = upsertFlagEdits(ctx.lines, cp, name, String(min));
        ctx.report({
          messageId: flag ? 'low' : 'missing',
          range,
          data: { component: describeComponent(cp), flag: name, value: flag?.value ?? '', min, what },
          resource: resourceOf(cp.container.pod.object),
          ...(edits ? { fix: { title: `Set --${name}=${min}`, edits } } : {}),
        });
      }
    }
  },
});
