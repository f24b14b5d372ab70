package dk.kriminalforsorgen.mentorordning.client.web;

import dk.kriminalforsorgen.mentorordning.client.CustodyPlacement;

/** A form with the custody status fields (status, unitId, releaseUnitId, expectedReleaseDate, supervisionEndDate, statusSince). */
interface PlacementFields {

    CustodyPlacement placement();
}
