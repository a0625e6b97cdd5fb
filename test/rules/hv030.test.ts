import rule from '../../rules/helm/hv030-values-no-exposed-service';
import { runRuleTests } from '../rule-tester';
import { cases } from './hv030.cases';

runRuleTests(rule, cases);
