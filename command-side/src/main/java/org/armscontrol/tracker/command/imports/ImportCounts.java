package org.armscontrol.tracker.command.imports;

/** How many rows of an import have been tried so far, and what became of them. */
record ImportCounts(int processed, int accepted, int alreadyImported, int rejected, int probableDuplicates) {

    static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0);

    ImportCounts plus(Outcome outcome) {
        return new ImportCounts(processed + 1,
                accepted + (outcome == Outcome.ACCEPTED || outcome == Outcome.WOULD_BE_ACCEPTED ? 1 : 0),
                alreadyImported + (outcome == Outcome.ALREADY_IMPORTED || outcome == Outcome.ALREADY_RECORDED ? 1 : 0),
                rejected + (outcome == Outcome.REJECTED ? 1 : 0),
                probableDuplicates + (outcome == Outcome.PROBABLE_DUPLICATE ? 1 : 0));
    }
}
