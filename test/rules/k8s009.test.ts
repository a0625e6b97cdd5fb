import rule from '../../rules/kubernetes/k8s009-require-seccomp-profile';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s009.cases';

runRuleTests(rule, cases);
