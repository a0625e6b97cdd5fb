/**
 * THE rule registry: one import per rule, sorted by id. The only place a rule is registered.
 */
import type { Rule } from '../server/src/engine/rule';
import df001 from './dockerfile/df001-no-root-user';
import df002 from './dockerfile/df002-no-secret-in-env-arg';
import df003 from './dockerfile/df003-no-sudo';
import df004 from './dockerfile/df004-no-password-change';
import df005 from './dockerfile/df005-require-numeric-user';
import df006 from './dockerfile/df006-no-workdir-system-dir';
import df007 from './dockerfile/df007-no-ssh-port';
import df008 from './dockerfile/df008-no-secret-file-copy';
import df009 from './dockerfile/df009-no-latest-base-image';
import df010 from './dockerfile/df010-require-base-image-digest';
import df011 from './dockerfile/df011-require-trusted-registry';
import df012 from './dockerfile/df012-no-add-remote-url';
import df013 from './dockerfile/df013-no-remote-script-pipe';
import df014 from './dockerfile/df014-no-disabled-verification';
import df015 from './dockerfile/df015-require-pinned-packages';
import df016 from './dockerfile/df016-prefer-copy-over-add';
import df017 from './dockerfile/df017-require-pipefail';
import df018 from './dockerfile/df018-no-stale-update-or-dist-upgrade';
import df019 from './dockerfile/df019-require-healthcheck';
import df020 from './dockerfile/df020-require-oci-source-labels';
import df021 from './dockerfile/df021-no-maintainer';
import df022 from './dockerfile/df022-no-whole-filesystem-copy';
import hv001 from './helm/hv001-values-run-as-non-root';
import hv002 from './helm/hv002-values-no-privileged';
import hv003 from './helm/hv003-values-no-privilege-escalation';
import hv004 from './helm/hv004-values-no-literal-secret';
import hv005 from './helm/hv005-values-network-policy-enabled';
import hv006 from './helm/hv006-values-drop-all-capabilities';
import hv007 from './helm/hv007-values-read-only-root-filesystem';
import hv008 from './helm/hv008-values-seccomp-profile';
import hv009 from './helm/hv009-values-no-latest-image-tag';
import hv010 from './helm/hv010-values-no-service-account-token-automount';
import hv011 from './helm/hv011-values-require-resources';
import hv012 from './helm/hv012-values-no-single-replica';
import hv013 from './helm/hv013-values-require-image-pull-policy-always';
import hv014 from './helm/hv014-values-require-image-digest';
import hv015 from './helm/hv015-values-no-default-service-account';
import hv016 from './helm/hv016-values-require-pod-disruption-budget';
import hv017 from './helm/hv017-values-require-trusted-image-registry';
import hv018 from './helm/hv018-values-require-metrics';
import hv030 from './helm/hv030-values-no-exposed-service';
import hv031 from './helm/hv031-values-ingress-tls';
import hv032 from './helm/hv032-values-no-rbac-wildcard';
import k8s001 from './kubernetes/k8s001-require-run-as-non-root';
import k8s002 from './kubernetes/k8s002-no-privileged-container';
import k8s003 from './kubernetes/k8s003-no-privilege-escalation';
import k8s004 from './kubernetes/k8s004-no-literal-secret-env';
import k8s005 from './kubernetes/k8s005-no-committed-secret-manifest';
import k8s006 from './kubernetes/k8s006-no-secret-in-configmap';
import k8s007 from './kubernetes/k8s007-require-drop-all-capabilities';
import k8s008 from './kubernetes/k8s008-no-added-capabilities';
import k8s009 from './kubernetes/k8s009-require-seccomp-profile';
import k8s010 from './kubernetes/k8s010-require-read-only-root-filesystem';
import k8s011 from './kubernetes/k8s011-no-host-namespaces';
import k8s012 from './kubernetes/k8s012-no-host-port';
import k8s013 from './kubernetes/k8s013-no-host-path-volume';
import k8s014 from './kubernetes/k8s014-no-container-runtime-socket';
import k8s015 from './kubernetes/k8s015-no-service-account-token-automount';
import k8s016 from './kubernetes/k8s016-no-default-service-account';
import k8s017 from './kubernetes/k8s017-require-resource-requests';
import k8s018 from './kubernetes/k8s018-require-memory-limit';
import k8s019 from './kubernetes/k8s019-require-probes';
import k8s020 from './kubernetes/k8s020-no-latest-image-tag';
import k8s021 from './kubernetes/k8s021-require-image-digest';
import k8s022 from './kubernetes/k8s022-require-trusted-image-registry';
import k8s023 from './kubernetes/k8s023-require-image-pull-policy-always';
import k8s024 from './kubernetes/k8s024-no-root-group';
import k8s025 from './kubernetes/k8s025-require-security-context';
import k8s026 from './kubernetes/k8s026-no-unmasked-proc-mount';
import k8s027 from './kubernetes/k8s027-no-unsafe-sysctls';
import k8s028 from './kubernetes/k8s028-no-windows-host-process';
import k8s029 from './kubernetes/k8s029-no-ssh-container-port';
import k8s030 from './kubernetes/k8s030-no-unconfined-apparmor-selinux';
import k8s031 from './kubernetes/k8s031-no-low-uid';
import k8s032 from './kubernetes/k8s032-no-default-namespace';
import k8s033 from './kubernetes/k8s033-no-naked-pod';
import k8s034 from './kubernetes/k8s034-no-single-replica';
import k8s035 from './kubernetes/k8s035-require-owner-label';
import k8s036 from './kubernetes/k8s036-require-user-namespace';
import k8s037 from './kubernetes/k8s037-no-privileged-port';
import k8s038 from './kubernetes/k8s038-require-probe-on-declared-port';
import k8s039 from './kubernetes/k8s039-no-git-sync-command-injection';
import k8s040 from './kubernetes/k8s040-no-permissive-ingress-host';
import k8s046 from './kubernetes/k8s046-no-secret-env-reference';
import k8s050 from './kubernetes/k8s050-no-rbac-wildcard';
import k8s051 from './kubernetes/k8s051-no-cluster-admin-binding';
import k8s052 from './kubernetes/k8s052-no-rbac-escalation-verbs';
import k8s053 from './kubernetes/k8s053-no-rbac-create-pods';
import k8s054 from './kubernetes/k8s054-no-rbac-pod-exec';
import k8s055 from './kubernetes/k8s055-no-binding-to-system-groups';
import k8s056 from './kubernetes/k8s056-no-rbac-admin-resources';
import k8s057 from './kubernetes/k8s057-no-rbac-read-secrets';
import k8s058 from './kubernetes/k8s058-no-rbac-network-management';
import k8s059 from './kubernetes/k8s059-no-rbac-delete-logs-events';
import k8s060 from './kubernetes/k8s060-no-allow-all-network-policy';
import k8s061 from './kubernetes/k8s061-no-unrestricted-service-exposure';
import k8s062 from './kubernetes/k8s062-require-ingress-tls';
import k8s063 from './kubernetes/k8s063-no-nginx-snippet-annotations';
import k8s064 from './kubernetes/k8s064-require-istio-strict-mtls';
import k8s065 from './kubernetes/k8s065-no-disabled-sidecar-injection';
import k8s070 from './kubernetes/k8s070-control-plane-no-anonymous-auth';
import k8s071 from './kubernetes/k8s071-control-plane-authorization-mode';
import k8s072 from './kubernetes/k8s072-control-plane-no-static-credentials';
import k8s073 from './kubernetes/k8s073-control-plane-admission-plugins';
import k8s074 from './kubernetes/k8s074-control-plane-no-insecure-port';
import k8s075 from './kubernetes/k8s075-control-plane-service-account-lookup';
import k8s076 from './kubernetes/k8s076-control-plane-require-audit-log';
import k8s077 from './kubernetes/k8s077-control-plane-audit-log-retention';
import k8s078 from './kubernetes/k8s078-audit-policy-coverage';
import k8s079 from './kubernetes/k8s079-control-plane-no-profiling';
import k8s080 from './kubernetes/k8s080-kubelet-event-qps';
import k8s081 from './kubernetes/k8s081-control-plane-encryption-at-rest';
import k8s082 from './kubernetes/k8s082-control-plane-etcd-tls';
import k8s083 from './kubernetes/k8s083-control-plane-no-weak-tls-ciphers';
import k8s084 from './kubernetes/k8s084-no-tiller';
import k8s085 from './kubernetes/k8s085-no-kubernetes-dashboard';
import k8s086 from './kubernetes/k8s086-control-plane-always-pull-images';
import k8s087 from './kubernetes/k8s087-control-plane-event-rate-limit';
import k8s088 from './kubernetes/k8s088-control-plane-service-account-keys';
import sec001 from './secrets/sec001-no-known-credential';
import sec002 from './secrets/sec002-no-credentials-in-url';
import sl001 from './meta/sl001-parse-error';
import sl002 from './meta/sl002-suppression-requires-reason';
import sl003 from './meta/sl003-suppression-expired';
import sl004 from './meta/sl004-suppression-unknown-rule';
import ws001 from './workspace/ws001-require-network-policy';
import ws002 from './workspace/ws002-no-dangling-network-policy';
import ws003 from './workspace/ws003-require-default-deny-policy';
import ws004 from './workspace/ws004-no-missing-service-account';
import ws005 from './workspace/ws005-no-missing-config-reference';
import ws010 from './workspace/ws010-require-pod-disruption-budget';

export const allRules: readonly Rule[] = [
  df001,
  df002,
  df003,
  df004,
  df005,
  df006,
  df007,
  df008,
  df009,
  df010,
  df011,
  df012,
  df013,
  df014,
  df015,
  df016,
  df017,
  df018,
  df019,
  df020,
  df021,
  df022,
  hv001,
  hv002,
  hv003,
  hv004,
  hv005,
  hv006,
  hv007,
  hv008,
  hv009,
  hv010,
  hv011,
  hv012,
  hv013,
  hv014,
  hv015,
  hv016,
  hv017,
  hv018,
  hv030,
  hv031,
  hv032,
  k8s001,
  k8s002,
  k8s003,
  k8s004,
  k8s005,
  k8s006,
  k8s007,
  k8s008,
  k8s009,
  k8s010,
  k8s011,
  k8s012,
  k8s013,
  k8s014,
  k8s015,
  k8s016,
  k8s017,
  k8s018,
  k8s019,
  k8s020,
  k8s021,
  k8s022,
  k8s023,
  k8s024,
  k8s025,
  k8s026,
  k8s027,
  k8s028,
  k8s029,
  k8s030,
  k8s031,
  k8s032,
  k8s033,
  k8s034,
  k8s035,
  k8s036,
  k8s037,
  k8s038,
  k8s039,
  k8s040,
  k8s046,
  k8s050,
  k8s051,
  k8s052,
  k8s053,
  k8s054,
  k8s055,
  k8s056,
  k8s057,
  k8s058,
  k8s059,
  k8s060,
  k8s061,
  k8s062,
  k8s063,
  k8s064,
  k8s065,
  k8s070,
  k8s071,
  k8s072,
  k8s073,
  k8s074,
  k8s075,
  k8s076,
  k8s077,
  k8s078,
  k8s079,
  k8s080,
  k8s081,
  k8s082,
  k8s083,
  k8s084,
  k8s085,
  k8s086,
  k8s087,
  k8s088,
  sec001,
  sec002,
  sl001,
  sl002,
  sl003,
  sl004,
  ws001,
  ws002,
  ws003,
  ws004,
  ws005,
  ws010,
] as Rule[];
