/**
 * How soc2lint covers each row of the team's peer catalog (`../shared/CATALOG.md`, 95 checks that the
 * best peer scanners implement, grouped by SOC 2 criterion). `npm run docs` turns this table into
 * docs/catalog-coverage.md; test/catalog.test.ts checks that every rule id here is registered, that
 * every row is either covered or says why not, and (when the shared catalog is present) that the row
 * numbers match it. The check texts are our own short summaries, not the catalog's wording.
 */
import type { Rule } from '../server/src/engine/rule';

export interface CatalogRow {
  row: number;
  criterion: string;
  check: string;
  /** Our rules that answer the row (first the main one). */
  rules: string[];
  /** Why the row has no rule (only when `rules` is empty), or what a rule deliberately does differently. */
  note?: string;
}

const r = (row: number, criterion: string, check: string, rules: string, note?: string): CatalogRow => ({ row, criterion, check, rules: rules.split(' ').filter(Boolean), ...(note ? { note } : {}) });

export const CATALOG_ROWS: readonly CatalogRow[] = [
  r(1, 'CC6.1', 'allowPrivilegeEscalation not false', 'K8S003 HV003'),
  r(2, 'CC6.1', 'privileged container', 'K8S002 HV002'),
  r(3, 'CC6.1', 'may run as root (runAsNonRoot, pod or container)', 'K8S001 HV001'),
  r(4, 'CC6.1', 'explicit UID 0 or root group', 'K8S001 K8S024'),
  r(5, 'CC6.1', 'low UID/GID', 'K8S031'),
  r(6, 'CC6.1', 'capabilities not dropped (ALL)', 'K8S007 HV006'),
  r(7, 'CC6.1', 'dangerous capabilities added', 'K8S008'),
  r(8, 'CC6.1', 'seccomp missing or Unconfined', 'K8S009 HV008'),
  r(9, 'CC6.1', 'AppArmor / SELinux unconfined or unsafe', 'K8S030'),
  r(10, 'CC6.1', 'writable root filesystem', 'K8S010 HV007'),
  r(11, 'CC6.1', 'no securityContext at all', 'K8S025'),
  r(12, 'CC6.1', 'service-account token automounted', 'K8S015 HV010'),
  r(13, 'CC6.1', 'default service account used, or one that does not exist', 'K8S016 WS004 HV015'),
  r(14, 'CC6.1', 'default or system namespace', 'K8S032'),
  r(15, 'CC6.1', 'RBAC wildcards', 'K8S050 HV032'),
  r(16, 'CC6.1', 'binding to cluster-admin / superuser roles', 'K8S051'),
  r(17, 'CC6.1', 'escalate / bind / impersonate verbs', 'K8S052'),
  r(18, 'CC6.1', 'can create pods or workloads', 'K8S053'),
  r(19, 'CC6.1', 'pods/exec, attach, port-forward, nodes/proxy', 'K8S054'),
  r(20, 'CC6.1', 'bindings to system:anonymous / authenticated / masters', 'K8S055'),
  r(21, 'CC6.1', 'manage admission webhooks, approve CSRs, manage RBAC', 'K8S056'),
  r(22, 'CC6.1', 'final image runs as root', 'DF001'),
  r(23, 'CC6.1', 'sudo in RUN', 'DF003'),
  r(24, 'CC6.1', 'password manipulation in the image (chpasswd)', 'DF004'),
  r(25, 'CC6.1', 'non-numeric final USER', 'DF005'),
  r(26, 'CC6.2/CC6.3', 'hostPID', 'K8S011'),
  r(27, 'CC6.2/CC6.3', 'hostIPC', 'K8S011'),
  r(28, 'CC6.2/CC6.3', 'hostPath, sensitive or writable host mounts', 'K8S013'),
  r(29, 'CC6.2/CC6.3', 'container runtime socket mounted', 'K8S014'),
  r(30, 'CC6.2/CC6.3', 'procMount Unmasked', 'K8S026'),
  r(31, 'CC6.2/CC6.3', 'unsafe sysctls', 'K8S027'),
  r(32, 'CC6.2/CC6.3', 'Windows hostProcess', 'K8S028'),
  r(33, 'CC6.2/CC6.3', 'user namespaces not used (hostUsers)', 'K8S036'),
  r(34, 'CC6.2/CC6.3', 'WORKDIR on a system directory', 'DF006'),
  r(35, 'CC6.2/CC6.3', 'API server / kubelet anonymous auth', 'K8S070'),
  r(36, 'CC6.2/CC6.3', 'authorization mode AlwaysAllow / without RBAC or Node', 'K8S071'),
  r(37, 'CC6.2/CC6.3', 'static token / basic-auth files', 'K8S072'),
  r(38, 'CC6.2/CC6.3', 'admission plugins (AlwaysAdmit, NodeRestriction, ServiceAccount, EventRateLimit)', 'K8S073 K8S087'),
  r(39, 'CC6.2/CC6.3', 'insecure port, bind address, secure port 0', 'K8S074'),
  r(40, 'CC6.2/CC6.3', 'service-account lookup off / key file missing', 'K8S075 K8S088'),
  r(41, 'CC6.2/CC6.3', 'audit log path not set', 'K8S076'),
  r(42, 'CC6.2/CC6.3', 'audit log retention', 'K8S077'),
  r(43, 'CC6.2/CC6.3', 'audit policy missing or not covering Secrets, exec, RBAC', 'K8S076 K8S078'),
  r(44, 'CC6.2/CC6.3', 'Tiller deployed', 'K8S084'),
  r(45, 'CC6.2/CC6.3', 'Kubernetes dashboard deployed', 'K8S085'),
  r(46, 'CC6.6', 'workload not selected by any NetworkPolicy', 'WS001 HV005'),
  r(47, 'CC6.6', 'NetworkPolicy selects nothing, or allows everything', 'WS002 K8S060'),
  r(48, 'CC6.6', 'no default-deny policy in a namespace', 'WS003'),
  r(49, 'CC6.6', 'hostNetwork', 'K8S011'),
  r(50, 'CC6.6', 'hostPort', 'K8S012'),
  r(51, 'CC6.6', 'NodePort / LoadBalancer / externalIPs without source ranges', 'K8S061 HV030'),
  r(52, 'CC6.6', 'Ingress without TLS, or with a permissive host', 'K8S062 K8S040 HV031'),
  r(53, 'CC6.6', 'SSH port 22 exposed', 'DF007 K8S029'),
  r(54, 'CC6.6', 'privileged ports (below 1024)', 'K8S037'),
  r(55, 'CC6.6', 'NET_RAW not dropped', 'K8S007 K8S008'),
  r(56, 'CC6.6', 'RBAC can manage network objects', 'K8S058'),
  r(57, 'CC6.6', 'ingress-nginx snippet annotations', 'K8S063'),
  r(58, 'CC6.6', 'service mesh mTLS not enforced (PeerAuthentication, sidecar injection)', 'K8S064 K8S065'),
  r(59, 'CC6.6', 'CNI plugin without NetworkPolicy support', '', 'Out of scope: the CNI is chosen in cluster provisioning (kubeadm, the cloud provider), not in files an application repository holds.'),
  r(60, 'CC6.7', 'literal secret in container env', 'K8S004 SEC001 SEC002'),
  r(61, 'CC6.7', 'secret values anywhere, values.yaml included', 'SEC001 SEC002 HV004'),
  r(62, 'CC6.7', 'Secrets passed as env vars instead of files', 'K8S046'),
  r(63, 'CC6.7', 'ConfigMap holding secrets', 'K8S006'),
  r(64, 'CC6.7', 'Secret manifest committed with its values', 'K8S005'),
  r(65, 'CC6.7', 'secret-like ARG/ENV in a Dockerfile', 'DF002'),
  r(66, 'CC6.7', 'secret files copied into the image', 'DF008'),
  r(67, 'CC6.7', 'RBAC can read or list Secrets', 'K8S057'),
  r(68, 'CC6.7', 'env refers to a Secret/ConfigMap the workspace does not define', 'WS005'),
  r(69, 'CC6.7', 'etcd encryption at rest', 'K8S081'),
  r(70, 'CC6.7', 'etcd TLS and client-cert auth', 'K8S082'),
  r(71, 'CC6.7', 'weak TLS ciphers', 'K8S083'),
  r(72, 'CC6.8', 'image without tag or :latest', 'K8S020 HV009'),
  r(73, 'CC6.8', 'image not pinned by digest', 'K8S021 DF010 HV014'),
  r(74, 'CC6.8', 'FROM untagged or latest', 'DF009'),
  r(75, 'CC6.8', 'image from an untrusted registry', 'K8S022 DF011'),
  r(76, 'CC6.8', 'imagePullPolicy not Always; AlwaysPullImages admission', 'K8S023 HV013 K8S086'),
  r(77, 'CC6.8', 'unpinned packages in RUN', 'DF015'),
  r(78, 'CC6.8', 'TLS or signature verification disabled', 'DF014'),
  r(79, 'CC6.8', 'ADD instead of COPY, ADD of a URL', 'DF016 DF012'),
  r(80, 'CC6.8', 'pipe without pipefail, remote script piped to a shell', 'DF017 DF013'),
  r(81, 'CC6.8', 'update instruction alone / dist-upgrade', 'DF018'),
  r(82, 'CC6.8', 'vulnerable base image (CVEs)', '', 'Out of scope: needs a vulnerability database that changes daily and a registry lookup; a linter that runs on every keystroke without network cannot give a stable answer. Use an image scanner in CI next to soc2lint.'),
  r(83, 'CC6.8', 'whole filesystem copied from another stage', 'DF022'),
  r(84, 'CC6.8', 'git-sync code-injection settings', 'K8S039'),
  r(85, 'CC7.2', 'no HEALTHCHECK', 'DF019'),
  r(86, 'CC7.2', 'probes missing, or on a port the container does not declare', 'K8S019 K8S038'),
  r(87, 'CC7.2', 'CPU/memory requests and limits missing', 'K8S017 K8S018 HV011'),
  r(88, 'CC7.2', 'kubelet event capture throttled', 'K8S080'),
  r(89, 'CC7.2', 'profiling endpoints enabled', 'K8S079'),
  r(90, 'CC7.2', 'RBAC can delete pod logs or events', 'K8S059'),
  r(91, 'CC7.2', 'audit logging configuration (rows 41 to 43)', 'K8S076 K8S077 K8S078'),
  r(92, 'CC7.3', 'owner / contact label missing', 'K8S035'),
  r(93, 'CC7.3', 'OCI image labels missing', 'DF020'),
  r(94, 'CC7.3', 'MAINTAINER instead of a label', 'DF021'),
  r(95, 'CC7.3', 'naked Pods', 'K8S033'),
];

/** Checks in the issue's scope that are not catalog rows (availability, A1.2; chart monitoring switches). */
export const EXTRA_ROWS: readonly CatalogRow[] = [
  r(0, 'A1.2', 'single-replica Deployment/StatefulSet', 'K8S034 HV012'),
  r(0, 'A1.2', 'no PodDisruptionBudget for a multi-replica workload', 'WS010 HV016'),
  r(0, 'CC7.2', 'chart metrics exporter switched off (Helm `metrics.enabled`)', 'HV018'),
];

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** docs/catalog-coverage.md */
export function catalogCoverage(rules: readonly Rule[], header: string): string {
  const byId = new Map(rules.map((x) => [x.meta.id, x.meta]));
  const ruleCell = (ids: readonly string[]): string =>
    ids
      .map((id) => {
        const m = byId.get(id);
        if (!m) return `${id} (not registered)`;
        const marks = [m.fix === 'quickfix' ? '✎' : m.fix === 'suggestion' ? '◐' : '', m.profile === 'strict' ? 'strict' : ''].filter(Boolean).join(', ');
        return `[${id}](rules/${id}.md)${marks ? ` (${marks})` : ''}`;
      })
      .join(', ');
  const covered = CATALOG_ROWS.filter((x) => x.rules.length > 0).length;
  const lines = [
    header,
    '',
    '# Coverage of the peer catalog',
    '',
    `The team's catalog lists ${CATALOG_ROWS.length} checks that the best peer scanners (Checkov, KICS, Trivy, kube-linter, Polaris, kubesec, hadolint, Datree) implement,`,
    `grouped by SOC 2 criterion. soc2lint answers ${covered} of them; the other ${CATALOG_ROWS.length - covered} are out of scope for a linter of repository files, and say why.`,
    'Marks: ✎ the rule has a quick fix, ◐ it offers suggestions, strict it runs in the `strict` profile only. Peer ids per rule are on each rule page.',
    '',
    '| # | Criterion | Check | soc2lint rules |',
    '|---|---|---|---|',
  ];
  for (const row of CATALOG_ROWS) lines.push(`| ${row.row} | ${row.criterion} | ${cell(row.check)} | ${row.rules.length > 0 ? ruleCell(row.rules) : `not covered: ${cell(row.note ?? '')}`} |`);
  lines.push('', '## In the issue\'s scope beyond the catalog', '', '| Criterion | Check | soc2lint rules |', '|---|---|---|');
  for (const row of EXTRA_ROWS) lines.push(`| ${row.criterion} | ${cell(row.check)} | ${ruleCell(row.rules)} |`);
  const listed = new Set([...CATALOG_ROWS, ...EXTRA_ROWS].flatMap((x) => x.rules));
  const others = rules.filter((x) => !listed.has(x.meta.id)).map((x) => x.meta.id);
  if (others.length > 0) lines.push('', `Rules that answer no catalog row: ${ruleCell(others)}.`);
  return `${lines.join('\n')}\n`;
}
