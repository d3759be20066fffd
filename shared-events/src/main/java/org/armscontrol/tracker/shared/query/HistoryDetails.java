package org.armscontrol.tracker.shared.query;

/** What is particular to each kind of timeline entry. */
public sealed interface HistoryDetails
        permits TreatyActionDetails, StatementDetails, StockpileDeclarationDetails, StockpileDestructionDetails,
        VoteDetails, ReservationDetails {
}
