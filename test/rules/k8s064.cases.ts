/** K8S064 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: "STRICT", code: y("apiVersion: security.istio.io/v1beta1", "kind: PeerAuthentication", "metadata:", "  name: default", "  namespace: istio-system", "spec:", "  mtls:", "    mode: STRICT") },
    { name: "no mode (inherits)", code: y("apiVersion: security.istio.io/v1beta1", "kind: PeerAuthentication", "metadata:", "  name: default", "  namespace: istio-system", "spec:", "  selector:", "    matchLabels: {app: web}") },
    { name: "another API group", code: y("apiVersion: example.com/v1", "kind: PeerAuthentication", "metadata:", "  name: x", "spec:", "  mtls: {mode: DISABLE}") },
  ],
  invalid: [
    {
      name: "PERMISSIVE mesh-wide",
      code: y("apiVersion: security.istio.io/v1beta1", "kind: PeerAuthentication", "metadata:", "  name: default", "  namespace: istio-system", "spec:", "  mtls:", "    mode: PERMISSIVE  # migration"),
      errors: [{ messageId: 'weakMtls', range: [7, 10, 7, 20] }],
      output: y("apiVersion: security.istio.io/v1beta1", "kind: PeerAuthentication", "metadata:", "  name: default", "  namespace: istio-system", "spec:", "  mtls:", "    mode: STRICT  # migration"),
    },
    {
      name: "DISABLE on one port, v1 API",
      code: y("apiVersion: security.istio.io/v1", "kind: PeerAuthentication", "metadata:", "  name: web", "spec:", "  selector: {matchLabels: {app: web}}", "  mtls: {mode: STRICT}", "  portLevelMtls:", "    8080:", "      mode: DISABLE"),
      errors: [{ messageId: 'weakMtls', range: [9, 12, 9, 19] }],
      output: y("apiVersion: security.istio.io/v1", "kind: PeerAuthentication", "metadata:", "  name: web", "spec:", "  selector: {matchLabels: {app: web}}", "  mtls: {mode: STRICT}", "  portLevelMtls:", "    8080:", "      mode: STRICT"),
    },
  ],
};
