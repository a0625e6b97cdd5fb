import rule from '../../rules/kubernetes/k8s080-kubelet-event-qps';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s080.cases';

runRuleTests(rule, cases);
