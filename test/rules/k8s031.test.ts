import rule from '../../rules/kubernetes/k8s031-no-low-uid';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s031.cases';

runRuleTests(rule, cases);
