import rule from '../../rules/helm/hv031-values-ingress-tls';
import { runRuleTests } from '../rule-tester';
import { cases } from './hv031.cases';

runRuleTests(rule, cases);
