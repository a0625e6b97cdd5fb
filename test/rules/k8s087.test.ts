import rule from '../../rules/kubernetes/k8s087-control-plane-event-rate-limit';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s087.cases';

runRuleTests(rule, cases);
