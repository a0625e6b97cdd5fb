import rule from '../../rules/kubernetes/k8s029-no-ssh-container-port';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s029.cases';

runRuleTests(rule, cases);
