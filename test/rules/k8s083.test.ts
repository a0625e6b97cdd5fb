import rule from '../../rules/kubernetes/k8s083-control-plane-no-weak-tls-ciphers';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s083.cases';

runRuleTests(rule, cases);
