import rule from '../../rules/kubernetes/k8s055-no-binding-to-system-groups';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s055.cases';

runRuleTests(rule, cases);
