import rule from '../../rules/kubernetes/k8s082-control-plane-etcd-tls';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s082.cases';

runRuleTests(rule, cases);
