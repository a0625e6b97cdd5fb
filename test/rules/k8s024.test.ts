import rule from '../../rules/kubernetes/k8s024-no-root-group';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s024.cases';

runRuleTests(rule, cases);
