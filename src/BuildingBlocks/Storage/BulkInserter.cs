using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Linq.Expressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

namespace IpCity.BuildingBlocks.Storage;

/// <summary>
/// Inserts rows that are certainly new on the context's connection and transaction, built from the EF model
/// (table, columns, type mappings and value converters — the same storage EF uses), for the bulk of an import
/// where change tracking costs more than the data. On SQLite each row's generated integer key (the rowid) is
/// set on the entity (<see cref="AssignsKeys"/>); elsewhere the caller looks keys up by natural key.
/// <para>SQLite: one prepared single-row statement per table, values bound by position through SQLitePCL
/// (Microsoft.Data.Sqlite binds by name, which costs more than the insert itself; strings as UTF-16 spans, which
/// SQLite converts to UTF-8 without a managed copy), in the text forms Microsoft.Data.Sqlite writes. Other providers: prepared multi-row INSERTs.</para>
/// </summary>
public sealed class BulkInserter : IAsyncDisposable
{
    private const int RowsPerStatement = 32;

    /// <summary>Table layouts (SQL prefix, getters, mappings) per model and entity type, built once per process.</summary>
    private static readonly ConcurrentDictionary<(IModel Model, Type Type), Layout> s_layouts = new();

    private readonly DbContext _db;
    private readonly Dictionary<(Type, int), DbCommand> _commands = [];
    private readonly Dictionary<Type, sqlite3_stmt> _statements = [];
    private readonly SqliteConnection? _sqlite;

    public BulkInserter(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
        _sqlite = db.Database.GetDbConnection() as SqliteConnection;
    }

    /// <summary>Whether inserted entities get their generated key set (SQLite: the rowid of each insert).</summary>
    public bool AssignsKeys => _sqlite is not null;

    /// <summary>Rows written so far (all tables).</summary>
    public long Rows { get; private set; }

    public async Task InsertManyAsync<T>(IReadOnlyList<T> rows, CancellationToken ct)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(rows);
        var layout = s_layouts.GetOrAdd((_db.Model, typeof(T)), key => Describe(key.Model, key.Type, _db.GetService<ISqlGenerationHelper>()));
        if (_sqlite is not null)
        {
            InsertSqlite(rows, layout, ct);
            return;
        }

        for (var start = 0; start < rows.Count; start += RowsPerStatement)
        {
            var count = Math.Min(RowsPerStatement, rows.Count - start);
            var command = Command(typeof(T), layout, count);
            var i = 0;
            for (var r = start; r < start + count; r++)
            {
                foreach (var column in layout.Columns)
                {
                    command.Parameters[i++].Value = column.ProviderValue(rows[r]) ?? DBNull.Value;
                }
            }

            await command.ExecuteNonQueryAsync(ct);
        }

        Rows += rows.Count;
    }

    private void InsertSqlite<T>(IReadOnlyList<T> rows, Layout layout, CancellationToken ct)
        where T : class
    {
        var handle = _sqlite!.Handle ?? throw new InvalidOperationException("the SQLite connection is not open");
        if (!_statements.TryGetValue(typeof(T), out var statement))
        {
            var sql = layout.Insert + " VALUES (" + string.Join(", ", layout.Columns.Select(_ => "?")) + ")";
            Check(raw.sqlite3_prepare_v2(handle, sql, out statement), handle);
            _statements[typeof(T)] = statement;
        }

        for (var r = 0; r < rows.Count; r++)
        {
            if ((r & 1023) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            for (var c = 0; c < layout.Columns.Count; c++)
            {
                Check(BindSqlite(statement, c + 1, layout.Columns[c].ProviderValue(rows[r])), handle);
            }

            var rc = raw.sqlite3_step(statement);
            raw.sqlite3_reset(statement);
            if (rc != raw.SQLITE_DONE)
            {
                Check(rc, handle);
            }

            layout.SetKey?.Invoke(rows[r], raw.sqlite3_last_insert_rowid(handle));
        }

        Rows += rows.Count;
    }

    private static void Check(int rc, sqlite3 handle)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
        {
            SqliteException.ThrowExceptionForRC(rc, handle);
        }
    }

    /// <summary>The storage classes and text forms Microsoft.Data.Sqlite uses for the same CLR values.</summary>
    private static int BindSqlite(sqlite3_stmt statement, int index, object? value) => value switch
    {
        null => raw.sqlite3_bind_null(statement, index),
        string s => raw.sqlite3_bind_text16(statement, index, s.AsSpan()),
        long l => raw.sqlite3_bind_int64(statement, index, l),
        int i => raw.sqlite3_bind_int64(statement, index, i),
        bool b => raw.sqlite3_bind_int64(statement, index, b ? 1 : 0),
        short s16 => raw.sqlite3_bind_int64(statement, index, s16),
        byte u8 => raw.sqlite3_bind_int64(statement, index, u8),
        double d => raw.sqlite3_bind_double(statement, index, d),
        float f => raw.sqlite3_bind_double(statement, index, f),
        DateOnly date => raw.sqlite3_bind_text(statement, index, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        DateTime time => raw.sqlite3_bind_text(statement, index, time.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)),
        byte[] blob => raw.sqlite3_bind_blob(statement, index, blob),
        Enum e => raw.sqlite3_bind_int64(statement, index, Convert.ToInt64(e, CultureInfo.InvariantCulture)),
        _ => throw new NotSupportedException($"bulk insert: no SQLite binding for {value.GetType().Name}"),
    };

    private DbCommand Command(Type type, Layout layout, int rows)
    {
        if (_commands.TryGetValue((type, rows), out var ready))
        {
            return ready;
        }

        var command = _db.Database.GetDbConnection().CreateCommand();
        command.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction();
        var values = new List<string>(rows);
        for (var r = 0; r < rows; r++)
        {
            var names = new List<string>(layout.Columns.Count);
            foreach (var column in layout.Columns)
            {
                var parameter = column.Mapping.CreateParameter(command, "@m" + command.Parameters.Count.ToString(CultureInfo.InvariantCulture), null, true);
                command.Parameters.Add(parameter);
                names.Add(parameter.ParameterName);
            }

            values.Add("(" + string.Join(", ", names) + ")");
        }

        command.CommandText = layout.Insert + " VALUES " + string.Join(", ", values);
        command.Prepare();
        _commands[(type, rows)] = command;
        return command;
    }

    private static Layout Describe(IModel model, Type type, ISqlGenerationHelper sql)
    {
        var entityType = model.FindEntityType(type) ?? throw new InvalidOperationException("not an entity: " + type.Name);
        var table = entityType.GetTableName()!;
        var schema = entityType.GetSchema();
        var store = StoreObjectIdentifier.Table(table, schema);
        var names = new List<string>();
        var columns = new List<Column>();
        Action<object, long>? setKey = null;
        if (entityType.FindPrimaryKey()?.Properties is [{ ValueGenerated: ValueGenerated.OnAdd, PropertyInfo: { } keyProperty }] && keyProperty.PropertyType == typeof(long))
        {
            setKey = KeySetter(keyProperty);
        }

        // Every column but a key the database generates.
        foreach (var property in entityType.GetProperties().Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd)))
        {
            if (property.PropertyInfo is null)
            {
                throw new InvalidOperationException($"{type.Name}.{property.Name} is a shadow property; the bulk path needs CLR properties");
            }

            names.Add(sql.DelimitIdentifier(property.GetColumnName(store)!));
            columns.Add(new Column(Getter(property.PropertyInfo), (RelationalTypeMapping)property.GetRelationalTypeMapping()));
        }

        return new Layout($"INSERT INTO {sql.DelimitIdentifier(table, schema)} ({string.Join(", ", names)})", columns, setKey);
    }

    private static Action<object, long> KeySetter(System.Reflection.PropertyInfo property)
    {
        var instance = Expression.Parameter(typeof(object));
        var value = Expression.Parameter(typeof(long));
        var body = Expression.Assign(Expression.Property(Expression.Convert(instance, property.DeclaringType!), property), value);
        return Expression.Lambda<Action<object, long>>(body, instance, value).Compile();
    }

    private static Func<object, object?> Getter(System.Reflection.PropertyInfo property)
    {
        var instance = Expression.Parameter(typeof(object));
        var body = Expression.Convert(Expression.Property(Expression.Convert(instance, property.DeclaringType!), property), typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, instance).Compile();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values)
        {
            await command.DisposeAsync();
        }

        foreach (var statement in _statements.Values)
        {
            statement.Dispose();
        }
    }

    private sealed record Layout(string Insert, IReadOnlyList<Column> Columns, Action<object, long>? SetKey);

    private sealed record Column(Func<object, object?> Get, RelationalTypeMapping Mapping)
    {
        public object? ProviderValue(object row)
        {
            var value = Get(row);
            return value is not null && Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
        }
    }
}
