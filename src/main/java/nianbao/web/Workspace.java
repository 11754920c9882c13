package nianbao.web;

import nianbao.pipeline.Limits;
import nianbao.rules.RuleBase;
import nianbao.store.Archive;
import nianbao.store.Body;
import nianbao.store.Database;
import nianbao.store.Decisions;
import nianbao.store.Originals;
import nianbao.store.Roster;
import nianbao.store.SqlArchive;
import nianbao.store.SqlDecisions;
import nianbao.store.SqlRoster;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The reviewer workspace on one data directory: the archive database, the stored originals, the
 * rules in use and the services the server's routes call. Everything it writes is under
 * {@code dataDir}: {@code archive.mv.db}, {@code originals/}, {@code tmp/} (uploads being received).
 */
public final class Workspace implements AutoCloseable {
    final Path dataDir;
    final Database db;
    final Archive archive;
    final Decisions decisions;
    final Roster roster;
    final Originals originals;
    final RulesHolder rules;
    final Intake intake;
    final Views views;
    final Exports exports;
    private volatile List<Body> bodies;

    public Workspace(Path dataDir, Path rulesDir, RuleBase rules, Limits limits, String version) throws IOException {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.db = Database.open(this.dataDir);
        this.archive = new SqlArchive(db);
        this.decisions = new SqlDecisions(db);
        this.roster = new SqlRoster(db);
        this.originals = new Originals(this.dataDir);
        this.rules = new RulesHolder(rulesDir, rules, limits);
        this.bodies = roster.all();
        this.intake = new Intake(archive, originals, this.rules, limits, tmpDir(), () -> bodies, version);
        this.views = new Views(archive, decisions, new Documents(originals, this.rules));
        this.exports = new Exports(archive, decisions);
    }

    public Path dataDir() { return dataDir; }

    /** Where uploads are received before they are audited: inside the data directory. */
    Path tmpDir() { return dataDir.resolve("tmp"); }

    List<Body> bodies() { return bodies; }

    /** Replaces the roster and links every stored report to its body. */
    List<Body> importRoster(List<Body> imported) {
        List<Body> stored = roster.replace(imported);
        bodies = stored;
        for (var r : archive.reports()) {
            Body b = Names.match(r.agency(), stored);
            archive.linkBody(r.id(), b == null ? null : b.id());
        }
        return stored;
    }

    @Override
    public void close() {
        db.close();
    }
}
