import rule from '../../rules/kubernetes/k8s007-require-drop-all-capabilities';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s007.cases';

runRuleTests(rule, cases);
