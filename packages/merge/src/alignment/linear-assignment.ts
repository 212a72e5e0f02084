/**
 * Exact linear assignment (merge.linear-assignment): the shortest-augmenting-path form of the
 * Jonker-Volgenant algorithm (as described by Crouse, "On implementing 2D rectangular assignment
 * algorithms", 2016), O(n³), in float64, started from Jonker-Volgenant's column reduction for
 * square problems. Shared by weight matching and tests.
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
  const visitedRows = new Int32Array(rows);
  const visitedColumns = new Int32Array(columns);
  // Jonker-Volgenant's column reduction: each column's potential is its smallest cost, and a
  // column whose smallest cost lies in a free row takes that row (lowest row on ties). The duals
  // stay feasible (every reduced cost ≥ 0, 0 on the pairs), so the shortest augmenting paths below
  // start from them; on dense random costs this assigns most rows before any path is searched.
  if (rows === columns) {
    for (let column = 0; column < columns; column++) {
      let best = Infinity;
      let bestRow = -1;
      for (let row = 0; row < rows; row++) {
        const value = matrix[row * columns + column]!;
        if (value < best) { best = value; bestRow = row; }
      }
      columnPotential[column] = best;
      if (bestRow >= 0 && columnForRow[bestRow] === -1) {
        columnForRow[bestRow] = column;
        rowForColumn[column] = bestRow;
      }
    }
  }
  for (let currentRow = 0; currentRow < rows; currentRow++) {
    if (columnForRow[currentRow] !== -1) continue;
    let minimum = 0;
    let row = currentRow;
    let visitedRowCount = 0;
    let visitedColumnCount = 0;
    shortest.fill(Infinity);
    let sink = -1;
    while (sink === -1) {
      let chosen = -1;
      let lowest = Infinity;
      rowVisited[row] = 1;
      visitedRows[visitedRowCount++] = row;
      const rowBase = row * columns;
      const offset = minimum - rowPotential[row]!;
      // Columns in index order, so among equal distances the lowest free column wins (ties resolve deterministically).
      for (let column = 0; column < columns; column++) {
        if (columnVisited[column]) continue;
        const reduced = offset + matrix[rowBase + column]! - columnPotential[column]!;
        if (reduced < shortest[column]!) {
          path[column] = row;
          shortest[column] = reduced;
        }
        const distance = shortest[column]!;
        if (distance < lowest || (distance === lowest && rowForColumn[column] === -1 && rowForColumn[chosen] !== -1)) {
          lowest = distance;
          chosen = column;
        }
      }
      minimum = lowest;
      if (minimum === Infinity || chosen === -1) {
        throw new Error('linearAssignment: expected a feasible assignment, got none — the cost matrix has infinite entries blocking every choice');
      }
      columnVisited[chosen] = 1;
      visitedColumns[visitedColumnCount++] = chosen;
      if (rowForColumn[chosen] === -1) sink = chosen;
      else row = rowForColumn[chosen]!;
    }
    rowPotential[currentRow] += minimum;
    for (let index = 0; index < visitedRowCount; index++) {
      const visited = visitedRows[index]!;
      if (visited !== currentRow) rowPotential[visited] += minimum - shortest[columnForRow[visited]!]!;
      rowVisited[visited] = 0;
    }
    for (let index = 0; index < visitedColumnCount; index++) {
      const visited = visitedColumns[index]!;
      columnPotential[visited] -= minimum - shortest[visited]!;
      columnVisited[visited] = 0;
    }
    let column = sink;
    for (;;) {
      const pathRow = path[column]!;
      rowForColumn[column] = pathRow;
      const previous = columnForRow[pathRow]!;
      columnForRow[pathRow] = column;
      column = previous;
      if (pathRow === currentRow) break;
    }
  }
  return columnForRow;
}
