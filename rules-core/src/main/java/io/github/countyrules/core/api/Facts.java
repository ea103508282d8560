package io.github.countyrules.core.api;

import io.github.countyrules.core.internal.FactsReader;
import io.github.countyrules.core.internal.FactsValidator;
import io.github.countyrules.core.internal.RegionTable;
import io.github.countyrules.core.model.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An immutable, validated set of facts for one evaluation: the as-of date, parameter overrides and
 * the fact lists of FACTS-FORMAT.md. Made by {@link #fromYaml(Path)} (YAML or JSON) or by
 * {@link #builder()}; either way every problem is reported at once in an
 * {@link InvalidInputException}, and a {@code Facts} object that exists is valid.
 *
 * <p>Regions of Ningxia (64) and Gansu (62) come from the shipped division table and may be left
 * out; a listed region with only {@code code} and {@code tags} adds its tags to the shipped one, one
 * with other fields replaces it. Thread-safe.
 */
public final class Facts {
    private final LocalDate asOf;
    private final SortedMap<String, Object> parameters;
    private final java.util.SortedSet<String> scope;
    private final List<Region> regions;
    private final List<MonitoringResult> monitoring;
    private final List<Designation> designations;
    private final List<Application> applications;
    private final List<Attestation> attestations;
    private final List<Selection> selections;
    private final List<ProgressReport> progressReports;
    private final List<Indicator> indicators;
    private final List<AcceptanceStep> acceptance;
    private final List<WorkPlan> workPlans;
    private final List<Evaluation> evaluations;
    private final List<Consent> consents;
    private final List<TechTransaction> techTransactions;
    private final List<TechPark> techParks;
    private final List<ExpertStation> expertStations;
    private final List<CommissionerGroup> commissionerGroups;
    private final List<CalendarDay> calendar;
    private final Map<String, Region> regionTable;

    private Facts(Builder b, Map<String, Region> regionTable) {
        this.asOf = b.asOf;
        this.parameters = Collections.unmodifiableSortedMap(new TreeMap<>(b.parameters));
        this.scope = Collections.unmodifiableSortedSet(new java.util.TreeSet<>(b.scope));
        this.regions = List.copyOf(b.regions);
        this.monitoring = List.copyOf(b.monitoring);
        this.designations = List.copyOf(b.designations);
        this.applications = List.copyOf(b.applications);
        this.attestations = List.copyOf(b.attestations);
        this.selections = List.copyOf(b.selections);
        this.progressReports = List.copyOf(b.progressReports);
        this.indicators = List.copyOf(b.indicators);
        this.acceptance = List.copyOf(b.acceptance);
        this.workPlans = List.copyOf(b.workPlans);
        this.evaluations = List.copyOf(b.evaluations);
        this.consents = List.copyOf(b.consents);
        this.techTransactions = List.copyOf(b.techTransactions);
        this.techParks = List.copyOf(b.techParks);
        this.expertStations = List.copyOf(b.expertStations);
        this.commissionerGroups = List.copyOf(b.commissionerGroups);
        this.calendar = List.copyOf(b.calendar);
        this.regionTable = Map.copyOf(regionTable);
    }

    /** Reads a facts file, YAML or JSON (UTF-8). */
    public static Facts fromYaml(Path file) {
        return FactsReader.read(file);
    }

    /** Reads facts from YAML or JSON text. */
    public static Facts fromYaml(String text) {
        return FactsReader.read(text);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these facts, to add to or change them. */
    public Builder toBuilder() {
        return new Builder().asOf(asOf).addAll(this).scope(scope);
    }

    /**
     * The provinces to judge, as two-digit codes ({@code scope:} in a facts file); empty when none
     * was given, and then an evaluation judges the provinces the facts name.
     */
    public java.util.SortedSet<String> scope() { return scope; }

    public LocalDate asOf() { return asOf; }
    /** Parameter overrides as given (text, numbers or nested maps); checked by the engine. */
    public SortedMap<String, Object> parameters() { return parameters; }
    /** The regions listed in the input (not the shipped ones). */
    public List<Region> regions() { return regions; }
    public List<MonitoringResult> monitoring() { return monitoring; }
    public List<Designation> designations() { return designations; }
    public List<Application> applications() { return applications; }
    public List<Attestation> attestations() { return attestations; }
    public List<Selection> selections() { return selections; }
    public List<ProgressReport> progressReports() { return progressReports; }
    public List<Indicator> indicators() { return indicators; }
    public List<AcceptanceStep> acceptance() { return acceptance; }
    public List<WorkPlan> workPlans() { return workPlans; }
    public List<Evaluation> evaluations() { return evaluations; }
    public List<Consent> consents() { return consents; }
    public List<TechTransaction> techTransactions() { return techTransactions; }
    public List<TechPark> techParks() { return techParks; }
    public List<ExpertStation> expertStations() { return expertStations; }
    public List<CommissionerGroup> commissionerGroups() { return commissionerGroups; }
    public List<CalendarDay> calendar() { return calendar; }

    /** Every known region by code: the shipped table with the listed regions applied. */
    public Map<String, Region> regionTable() { return regionTable; }

    /** The region of a code, or null. */
    public Region region(String code) { return regionTable.get(code); }

    /**
     * Collects facts; {@link #build()} validates them all and returns immutable {@link Facts}.
     * Not thread-safe.
     */
    public static final class Builder {
        private LocalDate asOf;
        private final SortedMap<String, Object> parameters = new TreeMap<>();
        private final java.util.Set<String> scope = new java.util.LinkedHashSet<>();
        private final List<Region> regions = new ArrayList<>();
        private final List<MonitoringResult> monitoring = new ArrayList<>();
        private final List<Designation> designations = new ArrayList<>();
        private final List<Application> applications = new ArrayList<>();
        private final List<Attestation> attestations = new ArrayList<>();
        private final List<Selection> selections = new ArrayList<>();
        private final List<ProgressReport> progressReports = new ArrayList<>();
        private final List<Indicator> indicators = new ArrayList<>();
        private final List<AcceptanceStep> acceptance = new ArrayList<>();
        private final List<WorkPlan> workPlans = new ArrayList<>();
        private final List<Evaluation> evaluations = new ArrayList<>();
        private final List<Consent> consents = new ArrayList<>();
        private final List<TechTransaction> techTransactions = new ArrayList<>();
        private final List<TechPark> techParks = new ArrayList<>();
        private final List<ExpertStation> expertStations = new ArrayList<>();
        private final List<CommissionerGroup> commissionerGroups = new ArrayList<>();
        private final List<CalendarDay> calendar = new ArrayList<>();

        private Builder() {
        }

        /** Required: the date the evaluation is made as of. */
        public Builder asOf(LocalDate date) {
            this.asOf = date;
            return this;
        }

        /**
         * Overrides a named parameter for this evaluation: text ("2/3", "B", "07-01"), a number, a
         * boolean, or nested maps for tables.
         */
        public Builder parameter(String name, Object value) {
            parameters.put(Objects.requireNonNull(name), value);
            return this;
        }

        /** Adds any fact of the model (a {@code Region}, {@code MonitoringResult}, ...). */
        public Builder add(Object fact) {
            Objects.requireNonNull(fact, "fact");
            if (fact instanceof Region f) regions.add(f);
            else if (fact instanceof MonitoringResult f) monitoring.add(f);
            else if (fact instanceof Designation f) designations.add(f);
            else if (fact instanceof Application f) applications.add(f);
            else if (fact instanceof Attestation f) attestations.add(f);
            else if (fact instanceof Selection f) selections.add(f);
            else if (fact instanceof ProgressReport f) progressReports.add(f);
            else if (fact instanceof Indicator f) indicators.add(f);
            else if (fact instanceof AcceptanceStep f) acceptance.add(f);
            else if (fact instanceof WorkPlan f) workPlans.add(f);
            else if (fact instanceof Evaluation f) evaluations.add(f);
            else if (fact instanceof Consent f) consents.add(f);
            else if (fact instanceof TechTransaction f) techTransactions.add(f);
            else if (fact instanceof TechPark f) techParks.add(f);
            else if (fact instanceof ExpertStation f) expertStations.add(f);
            else if (fact instanceof CommissionerGroup f) commissionerGroups.add(f);
            else if (fact instanceof CalendarDay f) calendar.add(f);
            else throw new IllegalArgumentException("not a fact of the model: " + fact.getClass().getName());
            return this;
        }

        /**
         * Limits the evaluation to these provinces (two-digit codes such as "64"); without a scope
         * an evaluation judges the provinces the facts name. Checked by {@link #build()}: each must
         * be the code of a province in the division table. Replaces a scope set before.
         */
        public Builder scope(String... provinces) {
            scope.clear();
            for (String p : provinces) {
                scope.add(Objects.requireNonNull(p, "province"));
            }
            return this;
        }

        /** As {@link #scope(String...)}. */
        public Builder scope(java.util.Collection<String> provinces) {
            return scope(provinces.toArray(String[]::new));
        }

        /** Adds every fact and parameter override of other facts (their as-of date is not taken). */
        public Builder addAll(Facts other) {
            other.parameters().forEach(this::parameter);
            regions.addAll(other.regions);
            monitoring.addAll(other.monitoring);
            designations.addAll(other.designations);
            applications.addAll(other.applications);
            attestations.addAll(other.attestations);
            selections.addAll(other.selections);
            progressReports.addAll(other.progressReports);
            indicators.addAll(other.indicators);
            acceptance.addAll(other.acceptance);
            workPlans.addAll(other.workPlans);
            evaluations.addAll(other.evaluations);
            consents.addAll(other.consents);
            techTransactions.addAll(other.techTransactions);
            techParks.addAll(other.techParks);
            expertStations.addAll(other.expertStations);
            commissionerGroups.addAll(other.commissionerGroups);
            calendar.addAll(other.calendar);
            return this;
        }

        /** Adds every fact of {@code facts}. */
        public Builder addAll(Iterable<?> facts) {
            facts.forEach(this::add);
            return this;
        }

        /**
         * Validates and returns the facts.
         *
         * @throws InvalidInputException listing every problem found
         */
        public Facts build() {
            List<InputError> errors = new ArrayList<>();
            Map<String, Region> table = FactsValidator.validate(this.view(), RegionTable.shipped(), errors);
            checkScope(table, errors);
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            return new Facts(this, table);
        }

        /** Each scope entry names a province of the division table, by its two digits. */
        void checkScope(Map<String, Region> table, List<InputError> errors) {
            int i = 0;
            for (String p : scope) {
                Region r = p.matches("\\d{2}") ? table.get(p + "0000") : null;
                if (r == null || r.level() != Level.PROVINCE) {
                    errors.add(new InputError("scope[" + i + "]", p,
                            "应为行政区划表中某个省级地区的两位代码(如 \"11\" 北京市)",
                            "expected the two-digit code of a province in the division table (e.g. \"11\" for Beijing)"));
                }
                i++;
            }
        }

        /** Builds without validation: only for the reader, which validates itself. */
        Facts unchecked(Map<String, Region> table) {
            return new Facts(this, table);
        }

        /** A read-only view of what was collected so far, for validation. */
        public FactsValidator.Input view() {
            return new FactsValidator.Input(asOf, regions, monitoring, designations, applications, attestations,
                    selections, progressReports, indicators, acceptance, workPlans, evaluations, consents,
                    techTransactions, techParks, expertStations, commissionerGroups, calendar);
        }
    }
}
