import rule from '../../rules/kubernetes/k8s060-no-allow-all-network-policy';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s060.cases';

runRuleTests(rule, cases);
