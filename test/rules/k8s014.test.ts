import rule from '../../rules/kubernetes/k8s014-no-container-runtime-socket';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s014.cases';

runRuleTests(rule, cases);
