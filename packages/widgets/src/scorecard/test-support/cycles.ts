import type { GroupedRecordsInput, MonitoringCycle } from '@shnro/core';
import { kanskCycle2022, kanskCycle2023, kanskSchoolRecords, tukaevCycles } from '@shnro/core/examples';

// Seeds 001 (г. Канск, 2021–2022 and an illustrative 2022–2023) and 003 (Тукаевский район,
// initial and final monitoring of 2021): the core's own cycle examples, two territories side by
// side, each judged against its previous cycle.
export function scorecardCycles(): { cycles: MonitoringCycle[]; previousCycles: MonitoringCycle[] } {
  const tukaev = tukaevCycles();
  return { cycles: [kanskCycle2023(), tukaev.final], previousCycles: [kanskCycle2022(), tukaev.initial] };
}

// The same г. Канск by school: the core's illustrative registry records of 2021–2022 and 2022–2023.
export function scorecardSchools(): {
  cycles: MonitoringCycle[];
  previousCycles: MonitoringCycle[];
  records: GroupedRecordsInput;
  previousRecords: GroupedRecordsInput;
} {
  const { records2022, records2023 } = kanskSchoolRecords();
  return {
    cycles: [kanskCycle2023()],
    previousCycles: [kanskCycle2022()],
    records: records2023,
    previousRecords: records2022,
  };
}
