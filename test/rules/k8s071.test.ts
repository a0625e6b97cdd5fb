import rule from '../../rules/kubernetes/k8s071-control-plane-authorization-mode';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s071.cases';

runRuleTests(rule, cases);
