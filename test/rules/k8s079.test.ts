import rule from '../../rules/kubernetes/k8s079-control-plane-no-profiling';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s079.cases';

runRuleTests(rule, cases);
