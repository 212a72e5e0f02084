/**
 * Exact linear assignment (merge.linear-assignment): the shortest-augmenting-path form of the
 * Jonker-Volgenant algorithm (as described by Crouse, "On implementing 2D rectangular assignment
 * algorithms", 2016), O(n³), in float64. Shared by weight matching and tests.
 */

export interface AssignmentOptions {
  /** Maximise Σ C[i, assignment[i]] (default) or minimise it. */
  readonly maximize?: boolean;
}

/**
 * Solves the assignment problem for a rows × columns cost matrix (row-major) with rows ≤ columns:
 * returns for each row the column assigned to it, every column used at most once. For rows >
 * columns, transpose first. Ties resolve deterministically (the same input gives the same answer).
 */
export function linearAssignment(cost: ArrayLike<number>, rows: number, columns: number, options: AssignmentOptions = {}): Int32Array {
  if (!Number.isInteger(rows) || !Number.isInteger(columns) || rows < 0 || columns < 0) {
    throw new Error(`linearAssignment: expected non-negative integer dimensions, got ${rows} × ${columns} — pass the matrix shape`);
  }
  if (cost.length !== rows * columns) {
    throw new Error(`linearAssignment: expected ${rows * columns} costs for a ${rows} × ${columns} matrix, got ${cost.length} — pass a row-major matrix`);
  }
  if (rows > columns) {
    throw new Error(`linearAssignment: expected rows ≤ columns, got ${rows} × ${columns} — transpose the matrix and invert the result`);
  }
  const sign = options.maximize === false ? 1 : -1;
  const matrix = new Float64Array(rows * columns);
  for (let index = 0; index < matrix.length; index++) {
    const value = cost[index]!;
    if (Number.isNaN(value) || value === Infinity * -sign) {
      throw new Error(`linearAssignment: expected finite costs, got ${value} at (${Math.floor(index / columns)}, ${index % columns}) — remove NaN/Inf entries`);
    }
    matrix[index] = sign * value;
  }
  const rowPotential = new Float64Array(rows);
  const columnPotential = new Float64Array(columns);
  const shortest = new Float64Array(columns);
  const path = new Int32Array(columns).fill(-1);
  const columnForRow = new Int32Array(rows).fill(-1);
  const rowForColumn = new Int32Array(columns).fill(-1);
  const rowVisited = new Uint8Array(rows);
  const columnVisited = new Uint8Array(columns);
  const remaining = new Int32Array(columns);
  for (let currentRow = 0; currentRow < rows; currentRow++) {
    let minimum = 0;
    let row = currentRow;
    let remainingCount = columns;
    // Filled in reverse so that, among equal reduced costs, the lowest column index wins below.
    for (let index = 0; index < columns; index++) remaining[index] = columns - index - 1;
    rowVisited.fill(0);
    columnVisited.fill(0);
    shortest.fill(Infinity);
    let sink = -1;
    while (sink === -1) {
      let chosen = -1;
      let lowest = Infinity;
      rowVisited[row] = 1;
      for (let index = 0; index < remainingCount; index++) {
        const column = remaining[index]!;
        const reduced = minimum + matrix[row * columns + column]! - rowPotential[row]! - columnPotential[column]!;
        if (reduced < shortest[column]!) {
          path[column] = row;
          shortest[column] = reduced;
        }
        if (shortest[column]! < lowest || (shortest[column] === lowest && rowForColumn[column] === -1)) {
          lowest = shortest[column]!;
          chosen = index;
        }
      }
      minimum = lowest;
      if (minimum === Infinity || chosen === -1) {
        throw new Error('linearAssignment: expected a feasible assignment, got none — the cost matrix has infinite entries blocking every choice');
      }
      const column = remaining[chosen]!;
      if (rowForColumn[column] === -1) sink = column;
      else row = rowForColumn[column]!;
      columnVisited[column] = 1;
      remaining[chosen] = remaining[--remainingCount]!;
    }
    rowPotential[currentRow] += minimum;
    for (let index = 0; index < rows; index++) {
      if (rowVisited[index] && index !== currentRow) rowPotential[index] += minimum - shortest[columnForRow[index]!]!;
    }
    for (let column = 0; column < columns; column++) {
      if (columnVisited[column]) columnPotential[column] -= minimum - shortest[column]!;
    }
    let column = sink;
    for (;;) {
      const row = path[column]!;
      rowForColumn[column] = row;
      const previous = columnForRow[row]!;
      columnForRow[row] = column;
      column = previous;
      if (row === currentRow) break;
    }
  }
  return columnForRow;
}
