/**
 * Container ports and the ports that probes check, shared by the port rules (SSH port, privileged
 * ports, probe ports). Reads `containers[].ports` and the `httpGet`/`tcpSocket`/`grpc` handlers of
 * `livenessProbe`, `readinessProbe` and `startupProbe`, through YAML aliases.
 */
import type { ContainerRef } from './kubernetes';
import { isOpen, isUnknown } from './unknown';
import { asMap, asSeq, deref, getNode, getPair, scalarValue, type YamlPair, type YAMLMap, type YAMLSeq } from './yaml';

/** One entry of a container's `ports` list. */
export interface DeclaredPort {
  /** The entry's map. */
  map: YAMLMap;
  /** Position in the `ports` sequence (for removing the entry). */
  index: number;
  seq: YAMLSeq;
  /** The container's `ports:` pair. */
  pair: YamlPair;
  name: string | undefined;
  /** `containerPort` as a whole number; undefined when missing or not a number. */
  containerPort: number | undefined;
  /** The `containerPort` value node (report here). */
  containerPortNode: unknown;
  /** `protocol`, upper-cased; `TCP` when unset, as the API server defaults it. */
  protocol: string;
}

/** A whole number written as a YAML number or as a quoted run of digits (`8080`, `"8080"`). */
export function portNumber(node: unknown): number | undefined {
  const v = scalarValue(node);
  if (typeof v === 'number') return Number.isInteger(v) ? v : undefined;
  if (typeof v === 'string' && /^\s*\d{1,5}\s*$/.test(v)) return Number(v);
  return undefined;
}

/** The container's `ports` entries, in document order. */
export function declaredPorts(container: ContainerRef): DeclaredPort[] {
  const pair = getPair(container.map, 'ports');
  const seq = asSeq(deref(container.pod.object.doc, pair?.value));
  if (!pair || !seq) return [];
  const out: DeclaredPort[] = [];
  seq.items.forEach((item, index) => {
    const map = asMap(deref(container.pod.object.doc, item));
    if (!map) return;
    const name = scalarValue(getNode(map, 'name'));
    const protocol = scalarValue(getNode(map, 'protocol'));
    const containerPortNode = getNode(map, 'containerPort');
    out.push({
      map,
      index,
      seq,
      pair,
      name: typeof name === 'string' && name !== '' ? name : undefined,
      containerPort: portNumber(containerPortNode),
      containerPortNode,
      protocol: typeof protocol === 'string' && protocol !== '' ? protocol.toUpperCase() : 'TCP',
    });
  });
  return out;
}

/**
 * False when the container's ports are not all known: a `ports` list (or an entry, a name, a port)
 * that a Helm template prints through a helper. A rule that concludes from a port being absent
 * must not judge such a container (unknown is not missing).
 */
export function portsFullyKnown(container: ContainerRef): boolean {
  const value = deref(container.pod.object.doc, getPair(container.map, 'ports')?.value);
  if (value === undefined || value === null) return true;
  const seq = asSeq(value);
  if (!seq) return !isUnknown(value) && !isOpen(value) && scalarValue(value) === null;
  if (isOpen(seq)) return false;
  return seq.items.every((item) => {
    const map = asMap(deref(container.pod.object.doc, item));
    if (!map || isOpen(map)) return false;
    return !isUnknown(getNode(map, 'containerPort')) && !isUnknown(getNode(map, 'name'));
  });
}

/** True for a TCP port 22: the SSH port K8S029 reports. */
export function isSshPort(port: DeclaredPort): boolean {
  return port.containerPort === 22 && port.protocol === 'TCP';
}

/** Ports below 1024, which only root (or CAP_NET_BIND_SERVICE) may bind. Port 0 is "unset", not a port. */
export function isPrivilegedPort(port: number): boolean {
  return port > 0 && port < 1024;
}

export const PROBE_KINDS = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
export type ProbeKind = (typeof PROBE_KINDS)[number];
export type ProbeHandler = 'httpGet' | 'tcpSocket' | 'grpc';

/** The port a probe handler connects to. */
export interface ProbePort {
  probe: ProbeKind;
  handler: ProbeHandler;
  /** The `port` value node (report here). */
  node: unknown;
  /** A port number (`8080`, also `"8080"`), or a port name (`http`). */
  value: number | string;
}

/** Loopback names: a probe `host` that still means the pod itself. */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** True unless the handler sets `host` to another address (then its port is that address's, not the container's). */
function isLocalTarget(handler: YAMLMap): boolean {
  const host = scalarValue(getNode(handler, 'host'));
  return typeof host !== 'string' || host.trim() === '' || LOOPBACK.has(host.trim().toLowerCase());
}

/**
 * The ports the container's probes check, one per probe with a network handler. Values that are
 * not a number or a plain name (templates, empty, maps) are left out: they cannot be judged; so are
 * handlers whose `host` names another address than the pod's own.
 */
export function probePorts(container: ContainerRef): ProbePort[] {
  const out: ProbePort[] = [];
  for (const probe of PROBE_KINDS) {
    const probeMap = asMap(deref(container.pod.object.doc, getNode(container.map, probe)));
    for (const handler of ['httpGet', 'tcpSocket', 'grpc'] as const) {
      const handlerMap = asMap(deref(container.pod.object.doc, getNode(probeMap, handler)));
      if (!handlerMap || !isLocalTarget(handlerMap)) continue;
      const node = getNode(handlerMap, 'port');
      const number = portNumber(node);
      const raw = scalarValue(node);
      if (number !== undefined) out.push({ probe, handler, node, value: number });
      else if (typeof raw === 'string' && /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/i.test(raw)) out.push({ probe, handler, node, value: raw });
    }
  }
  return out;
}
